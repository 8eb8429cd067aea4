package org.steward.shared;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

/**
 * Turns every failure of Steward's own API into problem+json (RFC 9457) carrying an English
 * {@code title}/{@code detail} and a Chinese {@code titleZh}/{@code detailZh}; input errors list each bad field under
 * {@code errors}.
 */
@RestControllerAdvice(basePackages = "org.steward")
@RequiredArgsConstructor
class ProblemAdvice extends ResponseEntityExceptionHandler {

  private static final Set<Class<?>> WHOLE = Set.of(Long.class, long.class, Integer.class, int.class, Short.class,
      short.class, BigInteger.class);

  private final Problems problems;

  @ExceptionHandler(InvalidInput.class)
  ResponseEntity<ProblemDetail> invalidInput(InvalidInput e) {
    return respond(problems.invalidInput(e.violations()), null);
  }

  /** A lost race: another request changed the same case in the same moment (e.g. two ratings of one case). */
  @ExceptionHandler(OptimisticLockingException.class)
  ResponseEntity<ProblemDetail> concurrentChange(OptimisticLockingException e) {
    return respond(problem(HttpStatus.CONFLICT, "concurrent-change"), null);
  }

  /** A lost race: the task was completed meanwhile (e.g. two answers of one supervision order). */
  @ExceptionHandler(TaskNoLongerOpen.class)
  ResponseEntity<ProblemDetail> taskNoLongerOpen(TaskNoLongerOpen e) {
    return respond(problem(HttpStatus.CONFLICT, "task-not-open"), null);
  }

  @ExceptionHandler(StewardException.class)
  ResponseEntity<ProblemDetail> refused(StewardException e) {
    return respond(problem(e.status(), e.code(), e.args()), null);
  }

  @ExceptionHandler(AccessDeniedException.class)
  ResponseEntity<ProblemDetail> accessDenied(AccessDeniedException e) {
    return respond(problem(HttpStatus.FORBIDDEN, "forbidden"), null);
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
      HttpStatusCode status, WebRequest request) {
    List<Map<String, String>> errors = new ArrayList<>();
    for (FieldError error : e.getBindingResult().getFieldErrors()) {
      errors.add(fieldError(error.getField(), error));
    }
    e.getBindingResult().getGlobalErrors().forEach(error -> errors.add(fieldError(error.getObjectName(), error)));
    return widen(respond(problem(HttpStatus.BAD_REQUEST, "invalid-input", errors.size()), errors));
  }

  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<Map<String, String>> errors = new ArrayList<>();
    e.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error ->
        errors.add(fieldError(result.getMethodParameter().getParameterName(), error))));
    return widen(respond(problem(HttpStatus.BAD_REQUEST, "invalid-input", errors.size()), errors));
  }

  @Override
  protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<Map<String, String>> errors = List.of(fieldError(e.getParameterName(), resolvable("Required")));
    return widen(respond(problem(HttpStatus.BAD_REQUEST, "invalid-input", 1), errors));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
    List<Map<String, String>> errors = List.of(fieldError(e.getName(), resolvable("typeMismatch")));
    return respond(problem(HttpStatus.BAD_REQUEST, "invalid-input", 1), errors);
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
      HttpStatusCode status, WebRequest request) {
    if (JsonBodies.tooLong(e)) {
      return widen(respond(problem(HttpStatus.PAYLOAD_TOO_LARGE, "body-too-large", JsonBodies.MAX_LENGTH),
          null));
    }
    if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      String field = mapping.getPath().stream()
          .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
          .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("body");
      return widen(respond(problem(HttpStatus.BAD_REQUEST, "invalid-input", 1),
          List.of(fieldError(field, resolvable(code(mapping))))));
    }
    Optional<String> duplicated = JsonBodies.duplicatedKey(e);
    if (duplicated.isPresent()) {
      // refused, not "the last one wins": no second value slips past whoever reads the first
      return widen(respond(problem(HttpStatus.BAD_REQUEST, "invalid-input", 1),
          List.of(fieldError(duplicated.get(), resolvable("DuplicateKey")))));
    }
    return widen(respond(problem(HttpStatus.BAD_REQUEST, "unreadable-body"), null));
  }

  @Override
  protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(HttpRequestMethodNotSupportedException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    return widen(respond(problem(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", e.getMethod()), null));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    String type = e.getContentType() == null ? "" : e.getContentType().toString();
    String supported = e.getSupportedMediaTypes().stream().map(Object::toString).collect(Collectors.joining(", "));
    return widen(respond(problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", type, supported),
        null));
  }

  /** Over Spring's multipart limit, which sits above Steward's own per-file check (that one names the file). */
  @Override
  protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    return widen(respond(problem(HttpStatus.PAYLOAD_TOO_LARGE, "upload-too-large"), null));
  }

  @Override
  protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException e, HttpHeaders headers,
      HttpStatusCode status, WebRequest request) {
    return widen(respond(problem(HttpStatus.NOT_FOUND, "no-such-path", e.getResourcePath()), null));
  }

  /** The message code of a value Jackson could not take: a fraction for a whole number, U+0000, a wrong type… */
  private static String code(JsonMappingException e) {
    if (e instanceof StrictJsonModule.NulInText) {
      return "ControlCharacter";
    }
    boolean fraction = e instanceof InvalidFormatException format
        && (format.getValue() instanceof Double d && Double.isFinite(d) || format.getValue() instanceof BigDecimal);
    return fraction && WHOLE.contains(((InvalidFormatException) e).getTargetType()) ? "NotWhole" : "typeMismatch";
  }

  private ProblemDetail problem(HttpStatusCode status, String code, Object... args) {
    return problems.of(status, code, args);
  }

  private Map<String, String> fieldError(String field, MessageSourceResolvable error) {
    return problems.fieldError(field, error);
  }

  private static MessageSourceResolvable resolvable(String code) {
    return new DefaultMessageSourceResolvable(new String[] {code}, code);
  }

  private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem, List<Map<String, String>> errors) {
    if (errors != null) {
      problem.setProperty("errors", errors);
    }
    return ResponseEntity.status(problem.getStatus())
        .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static ResponseEntity<Object> widen(ResponseEntity<ProblemDetail> response) {
    return (ResponseEntity) response;
  }
}
