package org.steward.portal.web;

import java.io.IOException;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.steward.directory.DirectoryManagement;
import org.steward.directory.StewardGroups;
import org.steward.security.CallerGroups;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * The portal's own login: a form, a session (a new id at login, 30 idle minutes), CSRF on every form and a strict
 * Content-Security-Policy. Only enterprise logins linked to an enterprise get in; staff are sent to Tasklist. The same
 * authentication provider as the API (the global one) checks the password, and the lock after failed logins.
 */
@Configuration(proxyBeanMethods = false)
class PortalSecurityConfiguration {

  static final String TASKLIST = "/camunda/app/tasklist/";
  /** Session attribute with the Chinese reason of the last failed login, when it is more than a wrong password. */
  static final String LOGIN_FAILURE = "steward.portal.loginFailure";
  private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
      + "form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

  @Bean
  @Order(1)
  SecurityFilterChain portalSecurityFilterChain(HttpSecurity http, DirectoryManagement directory) throws Exception {
    http.securityMatcher("/portal/**")
        .authorizeHttpRequests(requests -> requests
            .requestMatchers("/portal/login", "/portal/portal.css").permitAll()
            .anyRequest().hasRole(StewardGroups.ENTERPRISES))
        .formLogin(form -> form.loginPage("/portal/login").loginProcessingUrl("/portal/login")
            .successHandler(enterprisesOnly(directory)).failureHandler(PortalSecurityConfiguration::failed)
            .permitAll())
        .logout(logout -> logout.logoutUrl("/portal/logout").logoutSuccessUrl("/portal/login?logout"))
        .sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()))
        .requestCache(cache -> cache.disable())
        .headers(headers -> headers
            .contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
            .frameOptions(frame -> frame.deny())
            .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
    return http.build();
  }

  /** An enterprise login goes to its home page; anyone else is logged out here and sent to Tasklist. */
  private static AuthenticationSuccessHandler enterprisesOnly(DirectoryManagement directory) {
    return (HttpServletRequest request, HttpServletResponse response, Authentication authentication) -> {
      boolean enterprise = CallerGroups.of(authentication).contains(StewardGroups.ENTERPRISES)
          && directory.enterpriseOfUser(authentication.getName()).isPresent();
      if (enterprise) {
        response.sendRedirect(request.getContextPath() + "/portal/");
        return;
      }
      leave(request);
      response.sendRedirect(request.getContextPath() + TASKLIST);
    };
  }

  /**
   * A failed login goes back to the login page; a locked account's reason waits in the session for it. Only that text
   * is kept, never Spring's exception, which Spring's own failure handler keeps there: it holds the login attempt with
   * the typed password, and the session is serialized into the database shared by the nodes.
   */
  private static void failed(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
      throws IOException {
    HttpSession session = request.getSession(failure instanceof LockedException);
    if (failure instanceof LockedException locked) {
      session.setAttribute(LOGIN_FAILURE, locked.getMessage());
    } else if (session != null) {
      session.removeAttribute(LOGIN_FAILURE);
    }
    response.sendRedirect(request.getContextPath() + "/portal/login?error");
  }

  private static void leave(HttpServletRequest request) {
    SecurityContextHolder.clearContext();
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
  }
}
