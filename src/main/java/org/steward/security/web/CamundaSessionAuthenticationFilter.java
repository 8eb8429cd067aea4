package org.steward.security.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Lets a user who is logged into a Camunda webapp (Tasklist, Cockpit, Admin) call {@code /api/**} with that session.
 * A request that changes something must carry the session's Camunda CSRF token in {@code X-XSRF-TOKEN}, exactly as the
 * webapps' own API demands; otherwise a foreign site could make the browser call the API with the session cookie.
 */
@RequiredArgsConstructor
final class CamundaSessionAuthenticationFilter extends OncePerRequestFilter {

  /**
   * Session attribute under which the webapps keep {@link Authentications} (AuthenticationUtil.CAM_AUTH_SESSION_KEY).
   */
  static final String CAMUNDA_AUTHENTICATIONS = "authenticatedUser";

  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  private final String engineName;
  private final CamundaUsers users;
  private final ProblemResponses problems;
  private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String userId = sessionUser(request);
    // explicit credentials win over a session cookie
    if (userId == null || request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
      chain.doFilter(request, response);
      return;
    }
    if (!SAFE_METHODS.contains(request.getMethod()) && !csrfTokenMatches(request)) {
      problems.write(response, HttpStatus.FORBIDDEN, "csrf-token-missing");
      return;
    }
    users.ifExists(userId).ifPresent(authentication -> {
      SecurityContext context = contexts.createEmptyContext();
      context.setAuthentication(authentication);
      contexts.setContext(context);
    });
    chain.doFilter(request, response);
  }

  private String sessionUser(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null || !(session.getAttribute(CAMUNDA_AUTHENTICATIONS) instanceof Authentications all)) {
      return null;
    }
    Authentication authentication = all.getAuthenticationForProcessEngine(engineName);
    return authentication == null ? null : authentication.getIdentityId();
  }

  private static boolean csrfTokenMatches(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Object expected = session == null ? null : session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
    String actual = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
    return expected instanceof String token && actual != null
        && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), actual.getBytes(StandardCharsets.UTF_8));
  }
}
