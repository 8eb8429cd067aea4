package org.steward.security.web;

import java.io.IOException;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Runs the rest of an authenticated {@code /api} request as the same user inside the engine, so that Camunda
 * authorizations apply to whatever the capability calls (tasks, process instances, history).
 */
@RequiredArgsConstructor
final class CamundaAuthenticationBridgeFilter extends OncePerRequestFilter {

  private final IdentityService identityService;
  private final CamundaUsers users;

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication authentication = SecurityContextHolder.getContextHolderStrategy().getContext().getAuthentication();
    // only Steward's own tokens (never the anonymous one) name a Camunda user
    if (!(authentication instanceof UsernamePasswordAuthenticationToken token) || !token.isAuthenticated()
        || !(token.getPrincipal() instanceof String userId)) {
      chain.doFilter(request, response);
      return;
    }
    List<String> tenantIds = identityService.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list()
        .stream().map(Tenant::getId).toList();
    identityService.setAuthentication(userId, users.groupIds(userId), tenantIds);
    try {
      chain.doFilter(request, response);
    } finally {
      identityService.clearAuthentication();
    }
  }
}
