package org.brobygge.web.centrality;

import io.swagger.v3.oas.models.Operation;
import org.brobygge.analysis.centrality.Measure;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

/**
 * Writes the list of measure ids into the OpenAPI descriptions that name {@link #PLACEHOLDER}: an
 * annotation's text must be a constant, so it cannot list {@link Measure#ids()} itself, and a list
 * written by hand falls behind when a measure is added.
 */
@Component
class MeasureIdsInApiDocs implements OperationCustomizer {

  /** Stands for "degree, strength, ..." (every {@link Measure#id()}, in order) in a description. */
  static final String PLACEHOLDER = "{measure ids}";

  @Override
  public Operation customize(Operation operation, HandlerMethod handlerMethod) {
    String description = operation.getDescription();
    if (description != null && description.contains(PLACEHOLDER)) {
      operation.setDescription(description.replace(PLACEHOLDER, String.join(", ", Measure.ids())));
    }
    return operation;
  }
}
