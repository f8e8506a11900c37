package org.brobygge.web;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One closed list a query parameter takes (the measures, the link-prediction indexes, the export
 * formats ...), by the ids users type ({@code pagerank}, not {@code PAGERANK}). A {@link
 * ChoiceConverter} turns the text into the value; an unknown value answers 400 with the valid ids,
 * and the OpenAPI lists them as the parameter's enum.
 *
 * @param type the parameter's type, usually an enum of the core
 * @param noun what one value is called in an error: "'fame' is not a valid measure"
 * @param lookup the value with this id, if any
 * @param ids every valid id, in the order the documentation and errors list them
 */
public record Choice<E>(
    Class<E> type, String noun, Function<String, Optional<E>> lookup, Supplier<List<String>> ids) {

  public Choice {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(noun, "noun");
    Objects.requireNonNull(lookup, "lookup");
    Objects.requireNonNull(ids, "ids");
  }

  /** A web-side enum whose ids are its constants' names in lower case. */
  public static <E extends Enum<E>> Choice<E> lowerCase(Class<E> type, String noun) {
    return new Choice<>(
        type,
        noun,
        text -> {
          for (E e : type.getEnumConstants()) {
            if (id(e).equals(text)) {
              return Optional.of(e);
            }
          }
          return Optional.empty();
        },
        () -> java.util.Arrays.stream(type.getEnumConstants()).map(Choice::id).toList());
  }

  /** The id of a constant of a {@link #lowerCase} choice. */
  public static String id(Enum<?> e) {
    return e.name().toLowerCase(java.util.Locale.ROOT);
  }
}
