package org.brobygge.web;

import java.util.List;
import org.springframework.http.HttpStatus;

/** A 4xx answer the controllers raise on purpose; {@link ProblemDetailsAdvice} renders it. */
public class ApiException extends RuntimeException {

  /**
   * The message of a {@code @Range} on a request parameter, worded as the hand-written checks are:
   * the advice puts the parameter's name in front ("limit must be between 1 and 500, not 0").
   */
  public static final String RANGE = "must be between {min} and {max}, not ${validatedValue}";

  final HttpStatus status;
  final String title;
  final String parameter;
  final List<String> validValues;

  private ApiException(
      HttpStatus status, String title, String detail, String parameter, List<String> validValues) {
    super(detail);
    this.status = status;
    this.title = title;
    this.parameter = parameter;
    this.validValues = validValues;
  }

  public static ApiException notFound(String what, String id) {
    return new ApiException(
        HttpStatus.NOT_FOUND,
        what + " not found",
        "There is no " + what.toLowerCase(java.util.Locale.ROOT) + " with id '" + id + "'.",
        null,
        null);
  }

  /** A 404 with its own wording, for an id that is not an entity's key (a source, say). */
  public static ApiException notFound(String title, String detail, String parameter) {
    return new ApiException(HttpStatus.NOT_FOUND, title, detail, parameter, null);
  }

  public static ApiException badParameter(String parameter, String detail) {
    return new ApiException(HttpStatus.BAD_REQUEST, "Bad parameter", detail, parameter, null);
  }

  /** A required parameter left out, with the values it takes. */
  public static ApiException missing(String parameter, List<String> validValues) {
    return new ApiException(
        HttpStatus.BAD_REQUEST,
        "Bad parameter",
        parameter + " is required: use one of " + String.join(", ", validValues),
        parameter,
        validValues);
  }

  public static ApiException badChoice(String parameter, String value, List<String> validValues) {
    return badChoice(parameter, parameter, value, validValues);
  }

  /** As above, naming one item of a list parameter: "'x' is not a valid measure". */
  public static ApiException badChoice(
      String parameter, String noun, String value, List<String> validValues) {
    return new ApiException(
        HttpStatus.BAD_REQUEST,
        "Bad parameter",
        "'" + value + "' is not a valid " + noun + "; use one of " + String.join(", ", validValues),
        parameter,
        validValues);
  }

  public static ApiException tooLarge(String detail) {
    return new ApiException(
        HttpStatus.UNPROCESSABLE_CONTENT, "Network too large for this measure", detail, null, null);
  }

  public static ApiException conflict(String title, String detail) {
    return new ApiException(HttpStatus.CONFLICT, title, detail, null, null);
  }

  public static ApiException unauthorized(String title, String detail) {
    return new ApiException(HttpStatus.UNAUTHORIZED, title, detail, null, null);
  }

  public static ApiException forbidden(String title, String detail) {
    return new ApiException(HttpStatus.FORBIDDEN, title, detail, null, null);
  }

  public static ApiException badRequest(String detail) {
    return new ApiException(HttpStatus.BAD_REQUEST, "Bad request", detail, null, null);
  }
}
