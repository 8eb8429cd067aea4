package org.steward.security.web;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A test-only {@code /api} endpoint: who the caller is to Spring Security and to the engine. */
@TestConfiguration(proxyBeanMethods = false)
@Import(ProbeApi.ProbeController.class)
public class ProbeApi {

  @RestController
  static class ProbeController {

    private final IdentityService identityService;

    ProbeController(IdentityService identityService) {
      this.identityService = identityService;
    }

    @GetMapping("/api/test/me")
    Map<String, Object> me(Authentication authentication) {
      List<String> roles = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).sorted()
          .toList();
      return Map.of("name", authentication.getName(), "roles", roles,
          "engineUser", identityService.getCurrentAuthentication().getUserId());
    }

    @PostMapping("/api/test/echo")
    Map<String, Object> echo(@RequestBody Map<String, Object> body) {
      return body;
    }

    @GetMapping("/api/test/admin-only")
    @PreAuthorize("hasRole('camunda-admin')")
    Map<String, Object> adminOnly() {
      return Map.of("ok", true);
    }
  }
}
