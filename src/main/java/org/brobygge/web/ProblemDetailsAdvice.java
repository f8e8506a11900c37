package org.brobygge.web;

import io.swagger.v3.oas.annotations.Parameter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.brobygge.analysis.bridges.InvalidProposedTiesException;
import org.brobygge.graph.YearRange;
import org.brobygge.ingest.ImportBusyException;
import org.brobygge.ingest.ImportProblem;
import org.brobygge.ingest.ImportRejectedException;
import org.brobygge.session.AnalysisSessions;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.MethodParameter;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;

/**
 * Every error leaves as RFC 9457 problem details ({@code application/problem+json}). Spring MVC's
 * own errors (missing parameter, wrong method, unreadable body) come from the base class.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

  private static final org.slf4j.Logger log =
      org.slf4j.LoggerFactory.getLogger(ProblemDetailsAdvice.class);

  private final List<ChoiceConverter> choices;
  private final ObjectProvider<AnalysisSessions> sessions;

  ProblemDetailsAdvice(List<ChoiceConverter> choices, ObjectProvider<AnalysisSessions> sessions) {
    this.choices = choices;
    this.sessions = sessions;
  }

  @ExceptionHandler
  ProblemDetail importRejected(ImportRejectedException e) {
    List<ImportProblem> problems = e.problems();
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.UNPROCESSABLE_CONTENT,
            problems.size()
                + " problem(s) found; nothing was written and the database is unchanged. Fix"
                + " the lines listed under 'errors' and import again.");
    problem.setTitle("Import rejected");
    // ImportProblem is a record: each error reads {file, line, field, message} in that order.
    problem.setProperty("errors", problems);
    return problem;
  }

  /**
   * 409 with Retry-After: the request was valid, but an import (or another correction) holds the
   * write; nothing was written.
   */
  @ExceptionHandler
  ResponseEntity<ProblemDetail> busy(ImportBusyException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    problem.setTitle("An import is running");
    problem.setProperty("retryAfterSeconds", e.retryAfter().toSeconds());
    return ResponseEntity.status(HttpStatus.CONFLICT)
        .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfter().toSeconds()))
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  @ExceptionHandler
  ProblemDetail proposedTies(InvalidProposedTiesException e) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_REQUEST,
            e.problems().size()
                + " problem(s) in the proposed ties; nothing was computed. Each error names the"
                + " tie's index in 'ties' and its field.");
    problem.setTitle("Bad proposed ties");
    // Problem is a record: each error reads {index, field, message}.
    problem.setProperty("errors", e.problems());
    return problem;
  }

  @ExceptionHandler
  ProblemDetail api(ApiException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status, e.getMessage());
    problem.setTitle(e.title);
    if (e.parameter != null) {
      problem.setProperty("parameter", e.parameter);
    }
    if (e.validValues != null) {
      problem.setProperty("validValues", e.validValues);
    }
    return problem;
  }

  @ExceptionHandler
  ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof UnknownChoiceException unknown) {
        return api(
            ApiException.badChoice(e.getName(), unknown.noun, unknown.value, unknown.validValues));
      }
    }
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_REQUEST,
            "'"
                + e.getValue()
                + "' is not a valid value for '"
                + e.getName()
                + "'"
                + (e.getRequiredType() == null
                    ? ""
                    : "; expected " + e.getRequiredType().getSimpleName().toLowerCase()));
    problem.setTitle("Bad parameter");
    problem.setProperty("parameter", e.getName());
    return problem;
  }

  /**
   * A required parameter not given (or blank): for one with a closed list of values, say which
   * values it takes, as an unknown value does.
   */
  @Override
  protected ResponseEntity<Object> handleMissingServletRequestParameter(
      MissingServletRequestParameterException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    MethodParameter method = ex.getMethodParameter();
    String name = ex.getParameterName();
    Optional<Choice<?>> choice =
        method == null
            ? Optional.empty()
            : choices.stream()
                .flatMap(c -> c.choice(method.getParameterType()).stream())
                .findFirst();
    if (choice.isPresent()) {
      List<String> ids = choice.get().ids().get();
      ProblemDetail problem =
          api(
              ApiException.badParameter(
                  name, name + " is required: use one of " + String.join(", ", ids)));
      problem.setProperty("validValues", ids);
      return ResponseEntity.badRequest().body(problem);
    }
    // Not a closed list: say what it takes, in the words of the OpenAPI description, and for a
    // year the range the data covers.
    StringBuilder detail = new StringBuilder(name).append(" is required");
    Parameter doc = method == null ? null : method.getParameterAnnotation(Parameter.class);
    if (doc != null && !doc.description().isBlank()) {
      detail.append(": ").append(doc.description());
    }
    Class<?> type = method == null ? String.class : method.getParameterType();
    YearRange years = YEAR_PARAMETERS.contains(name) ? years() : null;
    if (years != null) {
      detail.append(" (a year from ").append(years.first()).append(" to ").append(years.last());
      detail.append(", the years the data covers: GET /api/years)");
    } else if (type == int.class || type == Integer.class || type == long.class) {
      detail.append(" (a whole number)");
    } else if (type == double.class || type == Double.class) {
      detail.append(" (a number)");
    }
    ProblemDetail problem = api(ApiException.badParameter(name, detail.toString()));
    if (years != null) {
      problem.setProperty(
          "validRange", java.util.Map.of("from", years.first(), "to", years.last()));
    }
    return ResponseEntity.badRequest().body(problem);
  }

  /** Parameters that take a year of the data ({@code AsOf}, trends, evaluations). */
  private static final java.util.Set<String> YEAR_PARAMETERS =
      java.util.Set.of("asOf", "baseline", "followUp", "from", "to", "year");

  /** The years the current data covers, or null when there is no session to ask (a slice test). */
  private YearRange years() {
    try {
      AnalysisSessions current = sessions.getIfAvailable();
      return current == null ? null : current.current().years();
    } catch (RuntimeException e) {
      return null;
    }
  }

  /**
   * A body that is not the JSON an endpoint takes: say where it broke (line, column, field path)
   * and what was expected, in the words of JSON, never with the server's class names.
   */
  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    String reason = "";
    String field = null;
    Throwable cause = ex.getMostSpecificCause();
    if (cause instanceof JacksonException json) {
      reason = JsonErrors.reason(json);
      field = JsonErrors.path(json);
    }
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_REQUEST,
            "The request body is missing or is not the JSON this endpoint takes"
                + (reason.isBlank() ? "" : " (" + reason + ")")
                + ". Send Content-Type: application/json; /swagger-ui.html shows an example"
                + " body for every endpoint.");
    problem.setTitle("Unreadable request body");
    if (field != null) {
      problem.setProperty("field", field);
    }
    return ResponseEntity.badRequest().body(problem);
  }

  /**
   * A body sent with no Content-Type or the wrong one: 415 naming the type to send (in {@code
   * expected} too) and how to send it, instead of only "not supported".
   */
  @Override
  protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(
      HttpMediaTypeNotSupportedException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<MediaType> supported = ex.getSupportedMediaTypes();
    boolean multipart = supported.stream().anyMatch(MediaType.MULTIPART_FORM_DATA::includes);
    boolean json = supported.stream().anyMatch(MediaType.APPLICATION_JSON::equalsTypeAndSubtype);
    String expected =
        multipart
            ? MediaType.MULTIPART_FORM_DATA_VALUE
            : json
                ? MediaType.APPLICATION_JSON_VALUE
                : String.join(", ", supported.stream().map(MediaType::toString).toList());
    String header = request.getHeader(HttpHeaders.CONTENT_TYPE);
    String sent =
        header == null || header.isBlank() ? "no Content-Type" : "Content-Type '" + header + "'";
    String how =
        multipart
            ? " Send the files as form parts, as curl -F actors=@actors.csv does; the client sets"
                + " the boundary."
            : json
                ? " Send the body as JSON with the header 'Content-Type: application/json' (curl"
                    + " -H 'Content-Type: application/json' -d '{...}'); /swagger-ui.html shows"
                    + " an example body."
                : "";
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.UNSUPPORTED_MEDIA_TYPE,
            "This endpoint takes Content-Type: "
                + expected
                + ", but the request had "
                + sent
                + "."
                + how);
    problem.setTitle("Unsupported Content-Type");
    problem.setProperty("expected", expected);
    return handleExceptionInternal(
        ex, problem, headers, HttpStatus.UNSUPPORTED_MEDIA_TYPE, request);
  }

  /** A multipart body that cannot be read: no boundary, cut off, not multipart at all. */
  @ExceptionHandler
  ProblemDetail unreadableMultipart(org.springframework.web.multipart.MultipartException e) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_REQUEST,
            "The upload could not be read as multipart/form-data (a missing boundary, or a body"
                + " cut off before its end). Send the files as form parts, as"
                + " curl -F actors=@actors.csv does, with Content-Type: multipart/form-data and"
                + " its boundary set by the client.");
    problem.setTitle("Unreadable upload");
    return problem;
  }

  /**
   * Anything unexpected: a 500 that says so and gives an incident id to quote, with the stack trace
   * in the server's log only, never in the answer.
   */
  @ExceptionHandler
  ResponseEntity<ProblemDetail> unexpected(Exception e, WebRequest request) throws Exception {
    if (e instanceof org.springframework.web.context.request.async.AsyncRequestNotUsableException
        || e.getClass().getName().endsWith("ClientAbortException")) {
      return null; // the client went away; nobody to answer
    }
    String incident = java.util.UUID.randomUUID().toString().substring(0, 8);
    log.error("Incident {} on {}", incident, request.getDescription(false), e);
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.INTERNAL_SERVER_ERROR,
            "The server failed to answer this request (incident "
                + incident
                + "). Nothing was written. The server's log has the details under that id;"
                + " please report it with the request you made.");
    problem.setTitle("Internal error");
    problem.setProperty("incident", incident);
    return ResponseEntity.internalServerError().body(problem);
  }

  @Override
  protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
      MaxUploadSizeExceededException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.CONTENT_TOO_LARGE,
            "The upload is larger than this server accepts ("
                + "spring.servlet.multipart.max-file-size / max-request-size); zip the files or"
                + " use the command-line import.");
    problem.setTitle("Upload too large");
    return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
  }

  /**
   * A request parameter outside its Bean Validation constraint (a {@code @Range} on a limit, say):
   * the same 400 as a hand-written check, naming the parameter, with every violated constraint in
   * {@code errors} when there are several.
   */
  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(
      HandlerMethodValidationException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<String> messages = new java.util.ArrayList<>();
    String first = null;
    for (ParameterValidationResult result : ex.getParameterValidationResults()) {
      String name = result.getMethodParameter().getParameterName();
      RequestParam param = result.getMethodParameter().getParameterAnnotation(RequestParam.class);
      if (param != null && !param.name().isEmpty()) {
        name = param.name();
      }
      for (var error : result.getResolvableErrors()) {
        messages.add(name + " " + error.getDefaultMessage());
      }
      if (first == null) {
        first = name;
      }
    }
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, String.join("; ", messages));
    problem.setTitle("Bad parameter");
    if (first != null) {
      problem.setProperty("parameter", first);
    }
    if (messages.size() > 1) {
      problem.setProperty("errors", messages);
    }
    return ResponseEntity.badRequest().body(problem);
  }

  /**
   * An address nobody serves: problem details for the API and other programs, the app's friendly
   * not-found page (with a way back) for a browser, which asks for {@code text/html}.
   */
  @Override
  protected ResponseEntity<Object> handleNoResourceFoundException(
      NoResourceFoundException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    String accept = request.getHeader(HttpHeaders.ACCEPT);
    boolean api = ex.getResourcePath() != null && ex.getResourcePath().startsWith("api/");
    if (!api && accept != null && accept.contains(MediaType.TEXT_HTML_VALUE)) {
      try {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
            .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
            .body(NOT_FOUND_PAGE.getContentAsString(StandardCharsets.UTF_8));
      } catch (IOException e) {
        // fall through to problem details
      }
    }
    return super.handleNoResourceFoundException(ex, headers, status, request);
  }

  private static final ClassPathResource NOT_FOUND_PAGE =
      new ClassPathResource("static/error/404.html");
}
