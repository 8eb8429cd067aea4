package org.steward.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.steward.EmbeddedPostgresConfiguration;

/** The security baseline on PostgreSQL: 401/200 on engine-rest and /api, and both CVE mitigations over HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({EmbeddedPostgresConfiguration.class, ProbeApi.class})
class SecurityIT {

  @Autowired
  TestRestTemplate http;
  @Autowired
  IdentityService identityService;

  @Test
  void anonymous_answers401_andAdmin_answers200() {
    assertThat(http.getForEntity("/engine-rest/task", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http.getForEntity("/api/test/me", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http.withBasicAuth("admin", "demo").getForEntity("/engine-rest/task", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(http.withBasicAuth("admin", "demo").getForEntity("/api/test/me", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(http.getForEntity("/actuator/health", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void orQueryExpression_answers400() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);

    ResponseEntity<String> response = http.withBasicAuth("admin", "demo").exchange("/engine-rest/task",
        HttpMethod.POST, new HttpEntity<>(EngineRestSecurityTests.OR_EXPRESSION_QUERY, headers), String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("表达式");
  }

  @Test
  void adminSetup_withUsersPresent_answers403_andCreatesNoUser() {
    identityService.deleteMembership("admin", Groups.CAMUNDA_ADMIN);
    try {
      BrowserSession browser = new BrowserSession(http);
      browser.open("/camunda/app/admin/default/");

      ResponseEntity<String> response = browser.send(HttpMethod.POST, "/camunda/api/admin/setup/default/user/create",
          browser.csrfHeaders(),
          "{\"profile\":{\"id\":\"intruder\"},\"credentials\":{\"password\":\"Intruder-1-pw\"}}");

      assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(response.getBody()).contains("urn:steward:problem:admin-setup-closed");
      assertThat(identityService.createUserQuery().userId("intruder").count()).isZero();
    } finally {
      identityService.createMembership("admin", Groups.CAMUNDA_ADMIN);
    }
  }
}
