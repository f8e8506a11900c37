package org.brobygge.web;

import java.util.List;

/**
 * A query parameter's value that is not on its {@link Choice}'s list; {@link ProblemDetailsAdvice}
 * answers it as {@link ApiException#badChoice} would, with the parameter's name.
 */
final class UnknownChoiceException extends IllegalArgumentException {

  final String noun;
  final String value;
  final List<String> validValues;

  UnknownChoiceException(Choice<?> choice, String value) {
    super(
        "'"
            + value
            + "' is not a valid "
            + choice.noun()
            + "; use one of "
            + String.join(", ", choice.ids().get()));
    this.noun = choice.noun();
    this.value = value;
    this.validValues = choice.ids().get();
  }
}
