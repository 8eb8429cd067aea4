package org.steward.security.web;

import java.io.IOException;

import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
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
    response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\"");
    if (e instanceof LockedException) {
      write(response, HttpStatus.UNAUTHORIZED, "account-locked", e.getMessage());
      return;
    }
    write(response, HttpStatus.UNAUTHORIZED, "unauthorized");
  }

  @Override
  public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
      throws IOException {
    write(response, HttpStatus.FORBIDDEN, "forbidden");
  }

  void write(HttpServletResponse response, HttpStatus status, String code, Object... args) throws IOException {
    ProblemDetail problem = problems.of(status, code, args);
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    json.writeValue(response.getOutputStream(), problem);
  }
}
