package org.steward.security.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.steward.security.LoginThrottle;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The login paths Camunda handles itself, engine-rest's HTTP basic and the webapps' login form: a locked account is
 * refused before Camunda checks anything (401 problem+json with the Chinese reason), and each answer is counted as
 * the failure (401: wrong credentials) or success it is ({@link LoginThrottle}); a 403 (no right to the app, a missing
 * CSRF token) is neither.
 */
@RequiredArgsConstructor
final class LoginThrottleFilter extends OncePerRequestFilter {

  static final String WEBAPP_LOGIN_PATTERN = "/camunda/api/admin/auth/user/*";
  private static final String BASIC = "Basic ";
  /** The webapps' login form is a user name and a password: a few hundred bytes at most. */
  private static final int MAX_FORM = 8 * 1024;

  private final LoginThrottle throttle;
  private final ProblemResponses problems;

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    boolean loginForm = request.getRequestURI().contains("/login/") && "POST".equals(request.getMethod());
    if (loginForm) {
      // read the small form here and hand the same bytes on: Camunda's resource reads the body itself
      request = new ReplayedBody(request, request.getInputStream().readNBytes(MAX_FORM));
    }
    Optional<String> user = loginForm ? ((ReplayedBody) request).formValue("username") : basicUser(request);
    if (user.isEmpty() || user.get().isBlank()) {
      chain.doFilter(request, response);
      return;
    }
    Optional<Instant> locked = throttle.lockedUntil(user.get());
    if (locked.isPresent()) {
      problems.locked(response, locked.get());
      return;
    }
    chain.doFilter(request, response);
    int status = response.getStatus();
    if (status == HttpStatus.UNAUTHORIZED.value()) {
      throttle.failed(user.get());
    } else if (status < 400) {
      throttle.succeeded(user.get());
    }
  }

  /** A request whose body was read once and is offered again, unchanged, to whoever reads it next. */
  private static final class ReplayedBody extends HttpServletRequestWrapper {

    private final byte[] body;

    ReplayedBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    Optional<String> formValue(String name) {
      for (String pair : new String(body, StandardCharsets.UTF_8).split("&")) {
        int equals = pair.indexOf('=');
        if (equals > 0 && URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8).equals(name)) {
          return Optional.of(URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
      }
      return Optional.empty();
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
          return in.read(buffer, offset, length);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("a replayed body is read synchronously");
        }
      };
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
