package org.brobygge.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;

/**
 * Turns a query parameter's text into one of its {@link Choice}s, so a controller takes {@code
 * Measure measure} instead of a {@code String} it parses itself. Each feature declares a
 * {@code @Component} subclass with its choices; Spring Boot registers it with MVC (and a
 * {@code @WebMvcTest} slice picks it up). A blank value converts to null: the parameter's default
 * applies, or a required one is reported missing with the valid ids.
 */
public abstract class ChoiceConverter implements GenericConverter {

  private final Map<Class<?>, Choice<?>> choices = new LinkedHashMap<>();

  protected ChoiceConverter(Choice<?>... choices) {
    for (Choice<?> c : choices) {
      this.choices.put(c.type(), c);
    }
  }

  /** The choice of a parameter of this type, if this converter has it. */
  public Optional<Choice<?>> choice(Class<?> type) {
    return Optional.ofNullable(choices.get(type));
  }

  @Override
  public Set<ConvertiblePair> getConvertibleTypes() {
    return choices.keySet().stream()
        .map(type -> new ConvertiblePair(String.class, type))
        .collect(Collectors.toSet());
  }

  @Override
  public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
    if (source == null) {
      return null;
    }
    String text = source.toString().strip();
    if (text.isEmpty()) {
      return null;
    }
    Choice<?> choice = choices.get(targetType.getObjectType());
    return choice
        .lookup()
        .apply(text)
        .orElseThrow(() -> new UnknownChoiceException(choice, unknownPart(choice, text)));
  }

  /**
   * The part of {@code text} to name as unknown: the first unknown item of a comma-separated list.
   * Spring MVC retries a list parameter that failed item by item with the whole text as one item,
   * and that second attempt's error is the one reported; naming "fame" in "degree, fame" keeps the
   * answer the same whatever the list's element type.
   */
  private static String unknownPart(Choice<?> choice, String text) {
    if (text.indexOf(',') >= 0) {
      for (String part : text.split(",")) {
        String item = part.strip();
        if (!item.isEmpty() && choice.lookup().apply(item).isEmpty()) {
          return item;
        }
      }
    }
    return text;
  }
}
