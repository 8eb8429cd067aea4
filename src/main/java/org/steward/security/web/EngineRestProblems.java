package org.steward.security.web;

import java.util.List;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.steward.shared.DatabaseOutages;
import org.steward.shared.InvalidInput;
import org.steward.shared.InvalidInput.FieldViolation;
import org.steward.shared.JsonBodies;
import org.steward.shared.Problems;
import org.steward.shared.StewardException;
import org.steward.shared.TaskNoLongerOpen;
import org.steward.workflow.TaskCompletionRefused;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * Answers engine-rest failures with Steward's problem+json (the body of {@code /api}) plus {@code message}, the Chinese
 * sentence Tasklist shows: a refused completion is 400 naming each field, a lost race 409, a task that never existed
 * 404, a missing permission 403, another bad request 400, Steward's own refusals (thrown by a delegate) their status,
 * an unreachable database 503 with {@code Retry-After} ({@link DatabaseOutages}). Engine-rest wraps what complete and
 * submit-form throw in a 500 {@code RestException}, so the causes decide; anything else gets Camunda's own answer.
 */
@RequiredArgsConstructor
final class EngineRestProblems {

  private final Problems problems;
  private final DatabaseOutages outages;
  private final ObjectMapper json;

  /** The one mapper that takes the place of Camunda's general ones. */
  ExceptionMapper<Throwable> mapper() {
    return new Failures(this);
  }

  Response toResponse(Throwable failure) {
    if (DatabaseOutages.causedBy(failure)) {
      return outage();
    }
    for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      ProblemDetail problem = problem(cause);
      if (problem != null) {
        return respond(problem, cause instanceof TaskCompletionRefused refused ? refused.getMessage()
            : (String) problem.getProperties().get("detailZh"));
      }
    }
    return ExceptionHandlerHelper.getInstance().getResponse(failure);
  }

  private ProblemDetail problem(Throwable cause) {
    if (cause instanceof TaskCompletionRefused refused) {
      return problems.invalidInput(refused.violations());
    }
    if (cause instanceof InvalidInput invalid) {
      return problems.invalidInput(invalid.violations());
    }
    if (cause instanceof StewardException refused) {
      return problems.of(refused.status(), refused.code(), refused.args());
    }
    if (cause instanceof OptimisticLockingException) {
      return problems.of(HttpStatus.CONFLICT, "concurrent-change");
    }
    if (cause instanceof TaskNoLongerOpen) {
      return problems.of(HttpStatus.CONFLICT, "task-not-open");
    }
    if (cause instanceof AuthorizationException) {
      return problems.of(HttpStatus.FORBIDDEN, "forbidden");
    }
    if (cause instanceof NotFoundException) {
      return problems.of(HttpStatus.NOT_FOUND, "engine-not-found", cause.getMessage());
    }
    if (cause instanceof JsonProcessingException) {
      return unreadable(cause);
    }
    if (cause instanceof BadUserRequestException) {
      return problems.of(HttpStatus.BAD_REQUEST, "engine-bad-request", cause.getMessage());
    }
    return null;
  }

  /** A body that is too long (413), holds a key twice (400 naming it) or is no JSON of the expected shape (400). */
  private ProblemDetail unreadable(Throwable failure) {
    if (JsonBodies.tooLong(failure)) {
      return problems.of(HttpStatus.PAYLOAD_TOO_LARGE, "body-too-large", JsonBodies.MAX_LENGTH);
    }
    return JsonBodies.duplicatedKey(failure)
        .map(field -> problems.invalidInput(List.of(new FieldViolation(field, "DuplicateKey"))))
        .orElseGet(() -> problems.of(HttpStatus.BAD_REQUEST, "unreadable-body"));
  }

  /** 503 with {@code Retry-After}: the database is out of reach; the client repeats the call later. */
  Response outage() {
    ProblemDetail problem = outages.problem();
    return respond(problem, (String) problem.getProperties().get("detailZh"), outages.retryAfter());
  }

  private Response respond(ProblemDetail problem, String message) {
    return respond(problem, message, null);
  }

  private Response respond(ProblemDetail problem, String message, String retryAfter) {
    problem.setProperty("message", message);
    try {
      return Response.status(problem.getStatus()).type(MediaType.APPLICATION_PROBLEM_JSON_VALUE)
          .header(HttpHeaders.RETRY_AFTER, retryAfter)
          .entity(json.writeValueAsString(problem)).build();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("problem not serializable", e);
    }
  }

  /**
   * Takes the place of Camunda's general mappers ({@code RestException}, {@code ProcessEngineException},
   * {@code Throwable}) and of its JSON parse and mapping mappers, whose answers named no field and said nothing.
   */
  static final class Failures implements ExceptionMapper<Throwable> {

    private final EngineRestProblems problems;

    Failures(EngineRestProblems problems) {
      this.problems = problems;
    }

    @Override
    public Response toResponse(Throwable failure) {
      return problems.toResponse(failure);
    }
  }
}
