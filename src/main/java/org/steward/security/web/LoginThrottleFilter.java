package org.steward.security.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.steward.security.LoginThrottle;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The login paths Camunda handles itself, engine-rest's HTTP basic and the webapps' login form: a locked account is
 * refused before Camunda checks anything (401 problem+json with the Chinese reason), and each answer is counted as
 * the failure (401, or 403 from the login form) or success it is ({@link LoginThrottle}).
 */
final class LoginThrottleFilter extends OncePerRequestFilter {

  static final String WEBAPP_LOGIN_PATTERN = "/camunda/api/admin/auth/user/*";
  private static final String BASIC = "Basic ";

  private final LoginThrottle throttle;
  private final ProblemResponses problems;

  LoginThrottleFilter(LoginThrottle throttle, ProblemResponses problems) {
    this.throttle = throttle;
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    boolean loginForm = request.getRequestURI().contains("/login/") && "POST".equals(request.getMethod());
    Optional<String> user = loginForm ? Optional.ofNullable(request.getParameter("username")) : basicUser(request);
    if (user.isEmpty() || user.get().isBlank()) {
      chain.doFilter(request, response);
      return;
    }
    Optional<Instant> locked = throttle.lockedUntil(user.get());
    if (locked.isPresent()) {
      problems.write(response, HttpStatus.UNAUTHORIZED, "account-locked", LoginThrottle.message(locked.get()));
      return;
    }
    chain.doFilter(request, response);
    int status = response.getStatus();
    if (status == HttpStatus.UNAUTHORIZED.value() || (loginForm && status == HttpStatus.FORBIDDEN.value())) {
      throttle.failed(user.get());
    } else if (status < 400) {
      throttle.succeeded(user.get());
    }
  }

  private static Optional<String> basicUser(HttpServletRequest request) {
    String header = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (header == null || !header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
      return Optional.empty();
    }
    try {
      String decoded = new String(Base64.getDecoder().decode(header.substring(BASIC.length()).trim()),
          StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon < 0 ? Optional.empty() : Optional.of(decoded.substring(0, colon));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
