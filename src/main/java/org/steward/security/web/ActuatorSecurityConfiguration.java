package org.steward.security.web;

import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.steward.security.CallerGroups;

/**
 * The actuator's endpoints other than health ({@code /actuator/prometheus} and any one an operator exposes) answer
 * only the metrics' readers (group {@code monitoring}, a Prometheus scraper's account) and administrators, with HTTP
 * basic against the Camunda identity service; anyone else gets 401 or 403 problem+json. {@code /actuator/health} and
 * its probes match no chain and stay open, as before.
 */
@Configuration(proxyBeanMethods = false)
class ActuatorSecurityConfiguration {

  @Bean
  SecurityFilterChain actuatorSecurityFilterChain(HttpSecurity http, ProblemResponses problems) throws Exception {
    http.securityMatcher(EndpointRequest.toAnyEndpoint().excluding(HealthEndpoint.class))
        .authorizeHttpRequests(requests -> requests.anyRequest()
            .hasAnyRole(CallerGroups.MONITORING, Groups.CAMUNDA_ADMIN))
        .httpBasic(basic -> basic.realmName(ProblemResponses.REALM).authenticationEntryPoint(problems))
        .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
        // a scraper sends its credentials with every request; nothing here needs a session or a cookie
        .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(AbstractHttpConfigurer::disable)
        .requestCache(AbstractHttpConfigurer::disable)
        .formLogin(AbstractHttpConfigurer::disable)
        .logout(AbstractHttpConfigurer::disable);
    return http.build();
  }
}
