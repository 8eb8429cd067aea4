package org.steward.security.web;

import java.io.IOException;
import java.time.Instant;

import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.steward.security.AccountLocked;
import org.steward.security.LoginThrottle;
import org.steward.shared.Problems;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Answers refusals that happen before Spring MVC is reached (missing credentials, missing rights, closed setup) with
 * the same problem+json body as Steward's controllers.
 */
@RequiredArgsConstructor
final class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

  static final String REALM = "Steward";

  private final Problems problems;
  private final ObjectMapper json;

  @Override
  public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    if (e instanceof AccountLocked locked) {
      locked(response, locked.until());
      return;
    }
    response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\"");
    write(response, HttpStatus.UNAUTHORIZED, "unauthorized");
  }

  @Override
  public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
      throws IOException {
    write(response, HttpStatus.FORBIDDEN, "forbidden");
  }

  /**
   * 429 {@code account-locked} with {@code Retry-After}: the login is refused whatever the password until the lock
   * ends, and the answer says when, in Chinese and English.
   */
  void locked(HttpServletResponse response, Instant until) throws IOException {
    response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(LoginThrottle.retryAfterSeconds(until)));
    write(response, HttpStatus.TOO_MANY_REQUESTS, "account-locked", LoginThrottle.message(until),
        LoginThrottle.time(until));
  }

  void write(HttpServletResponse response, HttpStatus status, String code, Object... args) throws IOException {
    ProblemDetail problem = problems.of(status, code, args);
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    json.writeValue(response.getOutputStream(), problem);
  }
}
