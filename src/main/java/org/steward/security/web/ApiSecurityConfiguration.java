package org.steward.security.web;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.steward.security.LoginThrottle;
import org.steward.shared.Problems;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Spring Security guards Steward's own API, {@code /api/**}, and nothing else: the Camunda webapps under
 * {@code /camunda/**} bring their own login and CSRF protection, {@code /engine-rest/**} is guarded by Camunda's
 * filter ({@link EngineRestAuthenticationConfiguration}), and {@code /actuator/health} stays open. Requests outside
 * {@code /api/**} match no security filter chain and pass through untouched. See docs/adr/0005-api-authentication.md.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

  @Bean
  CamundaUsers camundaUsers(IdentityService identityService) {
    return new CamundaUsers(identityService);
  }

  @Bean
  ProblemResponses problemResponses(Problems problems, ObjectMapper json) {
    return new ProblemResponses(problems, json);
  }

  /**
   * The one authentication provider, which every filter chain finds through the global authentication manager (a chain
   * that also registered it itself would ask it twice for one failed login). Also keeps Spring Boot from inventing an
   * in-memory user with a generated password.
   */
  @Bean
  AuthenticationProvider camundaIdentityAuthenticationProvider(IdentityService identityService, CamundaUsers users,
      LoginThrottle throttle) {
    return new CamundaIdentityAuthenticationProvider(identityService, users, throttle);
  }

  /** The lock after failed logins also holds for engine-rest's basic credentials and the webapps' login form. */
  @Bean
  FilterRegistrationBean<LoginThrottleFilter> loginThrottleFilter(LoginThrottle throttle, ProblemResponses problems) {
    FilterRegistrationBean<LoginThrottleFilter> registration =
        new FilterRegistrationBean<>(new LoginThrottleFilter(throttle, problems));
    registration.setName("steward-login-throttle");
    registration.addUrlPatterns("/engine-rest/*", LoginThrottleFilter.WEBAPP_LOGIN_PATTERN);
    // before Camunda's engine-rest authentication filter (order 1) and the webapps' own filters
    registration.setOrder(0);
    return registration;
  }

  @Bean
  FilterRegistrationBean<AdminSetupGuardFilter> adminSetupGuardFilter(ObjectProvider<ProcessEngine> engine,
      ProblemResponses problems) {
    FilterRegistrationBean<AdminSetupGuardFilter> registration =
        new FilterRegistrationBean<>(new AdminSetupGuardFilter(engine, problems));
    registration.setName("steward-admin-setup-guard");
    registration.addUrlPatterns(AdminSetupGuardFilter.SETUP_PATTERN);
    // before the webapps' own filters, so that nothing of the setup runs once users exist; inside the answer to an
    // unreachable database (shared.DatabaseOutageFilter), which comes first
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    return registration;
  }

  @Bean
  SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, ProcessEngine engine, IdentityService identityService,
      CamundaUsers users, ProblemResponses problems) throws Exception {
    http.securityMatcher("/api/**")
        .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
        .httpBasic(basic -> basic.realmName(ProblemResponses.REALM).authenticationEntryPoint(problems))
        .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
        // basic is sent with every request; the only session honoured is the Camunda webapp's, read by the filter. Its
        // id stays: Spring would take each such request for a login and change the id, and the webapp's own requests
        // then in flight would find their session gone ("会话可能已过期") and log the user out
        .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
            .sessionFixation(fixation -> fixation.none()))
        // no cookie-based Spring login exists; the Camunda session is CSRF-checked by its own filter
        .csrf(AbstractHttpConfigurer::disable)
        .requestCache(AbstractHttpConfigurer::disable)
        .formLogin(AbstractHttpConfigurer::disable)
        .logout(AbstractHttpConfigurer::disable)
        .addFilterBefore(new CamundaSessionAuthenticationFilter(engine.getName(), users, problems),
            BasicAuthenticationFilter.class)
        .addFilterAfter(new CamundaAuthenticationBridgeFilter(identityService, users), AuthorizationFilter.class);
    return http.build();
  }
}
