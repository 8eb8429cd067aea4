package org.steward.security.web;

import java.io.IOException;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Closes Camunda Admin's first-run setup ({@code POST /camunda/api/admin/setup/{engine}/user/create}) as soon as any
 * user exists. Camunda 7.24 only asks whether the caller can <em>see</em> a member of {@code camunda-admin}, which an
 * ordinary logged-in user cannot when authorization is on, so anyone could create a new administrator
 * (CVE-2026-77226). Users are counted here without authorization checks.
 */
@RequiredArgsConstructor
final class AdminSetupGuardFilter extends OncePerRequestFilter {

  static final String SETUP_PATTERN = "/camunda/api/admin/setup/*";

  private static final Logger LOG = LoggerFactory.getLogger(AdminSetupGuardFilter.class);

  // looked up on first use: servlet filters are created before the engine, which must start after Flyway
  private final ObjectProvider<ProcessEngine> engine;
  private final ProblemResponses problems;

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    // every setup call is refused once a user exists, not only .../user/create: the setup has no other legitimate use
    if (!"GET".equals(request.getMethod()) && anyUserExists()) {
      LOG.warn("Refused Camunda Admin setup call {} {} from {}: users exist (CVE-2026-77226 mitigation)",
          request.getMethod(), request.getRequestURI(), request.getRemoteAddr());
      problems.write(response, HttpStatus.FORBIDDEN, "admin-setup-closed");
      return;
    }
    chain.doFilter(request, response);
  }

  private boolean anyUserExists() {
    ProcessEngine processEngine = engine.getObject();
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    return configuration.getCommandExecutorTxRequired().execute(context ->
        context.runWithoutAuthorization(() -> processEngine.getIdentityService().createUserQuery().count() > 0));
  }
}
