package org.brobygge.web;

import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springdoc.core.customizers.ParameterCustomizer;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ValueConstants;

/**
 * Documents a {@link Choice} parameter as a string enum of its ids ({@code pagerank}, the text a
 * user types), where springdoc would list the Java constants ({@code PAGERANK}); a list parameter
 * as an array of them. The parameter's default stays.
 */
@Component
class ChoicesInApiDocs implements ParameterCustomizer {

  private final List<ChoiceConverter> converters;

  ChoicesInApiDocs(List<ChoiceConverter> converters) {
    this.converters = converters;
  }

  @Override
  public Parameter customize(Parameter parameter, MethodParameter method) {
    if (parameter == null || method == null) {
      return parameter;
    }
    Class<?> type = method.getParameterType();
    boolean many = Collection.class.isAssignableFrom(type);
    if (many) {
      type = ResolvableType.forMethodParameter(method).asCollection().resolveGeneric(0);
    }
    Optional<Choice<?>> choice = choice(type);
    if (choice.isEmpty()) {
      return parameter;
    }
    StringSchema ids = new StringSchema();
    ids.setEnum(choice.get().ids().get());
    RequestParam param = method.getParameterAnnotation(RequestParam.class);
    String defaultValue =
        param == null || ValueConstants.DEFAULT_NONE.equals(param.defaultValue())
            ? null
            : param.defaultValue();
    Schema<?> schema = ids;
    if (many) {
      ArraySchema array = new ArraySchema().items(ids);
      if (defaultValue != null) {
        array.setDefault(Arrays.stream(defaultValue.split(",")).map(String::strip).toList());
      }
      schema = array;
    } else if (defaultValue != null) {
      ids.setDefault(defaultValue);
    }
    parameter.setSchema(schema);
    return parameter;
  }

  private Optional<Choice<?>> choice(Class<?> type) {
    if (type == null) {
      return Optional.empty();
    }
    return converters.stream().flatMap(c -> c.choice(type).stream()).findFirst();
  }
}
