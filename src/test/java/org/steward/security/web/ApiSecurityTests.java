package org.steward.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code /api/**}: HTTP basic or a Camunda webapp session, Camunda groups as roles, problem+json refusals. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(ProbeApi.class)
class ApiSecurityTests {

  static final String CLERK = "clerk";
  static final String CLERK_PASSWORD = "Clerk-Password-2025";

  @Autowired
  TestRestTemplate http;
  @Autowired
  IdentityService identityService;
  @Autowired
  ObjectMapper json;

  @BeforeEach
  void clerkWithoutGroups() {
    givenUserWithoutGroups(identityService, CLERK, CLERK_PASSWORD);
  }

  @Test
  void anonymousApiCall_answers401ProblemInBothLanguages() throws Exception {
    ResponseEntity<String> response = http.getForEntity("/api/anything", String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).isEqualTo("Basic realm=\"Steward\"");
    JsonNode problem = json.readTree(response.getBody());
    assertThat(problem.path("type").asText()).isEqualTo("urn:steward:problem:unauthorized");
    assertThat(problem.path("status").asInt()).isEqualTo(401);
    assertThat(problem.path("title").asText()).isEqualTo("Authentication required");
    assertThat(problem.path("titleZh").asText()).isEqualTo("需要登录");
    assertThat(problem.path("detailZh").asText()).isNotBlank();
  }

  @Test
  void wrongPassword_answers401() {
    ResponseEntity<String> response = http.withBasicAuth("admin", "wrong").getForEntity("/api/test/me", String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
  }

  @Test
  void adminBasic_isCamundaUserWithGroupRoles_inSpringAndInTheEngine_withoutSession() throws Exception {
    ResponseEntity<String> response = http.withBasicAuth("admin", "demo").getForEntity("/api/test/me", String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode me = json.readTree(response.getBody());
    assertThat(me.path("name").asText()).isEqualTo("admin");
    assertThat(me.path("roles").toString()).contains("\"ROLE_camunda-admin\"");
    assertThat(me.path("engineUser").asText()).isEqualTo("admin");
    assertThat(response.getHeaders().get(HttpHeaders.SET_COOKIE)).isNull();
  }

  @Test
  void adminBasic_unknownApiPath_answers404NotUnauthorized() {
    ResponseEntity<String> response = http.withBasicAuth("admin", "demo").getForEntity("/api/anything", String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void userOutsideAdminGroup_onAdminOnlyEndpoint_answers403ProblemInBothLanguages() throws Exception {
    ResponseEntity<String> response =
        http.withBasicAuth(CLERK, CLERK_PASSWORD).getForEntity("/api/test/admin-only", String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    JsonNode problem = json.readTree(response.getBody());
    assertThat(problem.path("type").asText()).isEqualTo("urn:steward:problem:forbidden");
    assertThat(problem.path("titleZh").asText()).isEqualTo("无权操作");
  }

  @Test
  void adminOnAdminOnlyEndpoint_answers200() {
    ResponseEntity<String> response =
        http.withBasicAuth("admin", "demo").getForEntity("/api/test/admin-only", String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void health_isOpenToAnonymous() {
    ResponseEntity<String> response = http.getForEntity("/actuator/health", String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).contains("\"UP\"");
  }

  @Test
  void webappPages_areLeftToTheWebapps() {
    ResponseEntity<String> response = http.getForEntity("/camunda/app/tasklist/default/", String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).isNull();
  }

  @Test
  void webappSession_readsApiAsTheLoggedInUser() throws Exception {
    BrowserSession browser = BrowserSession.loggedIn(http, "admin", "demo");

    ResponseEntity<String> response = browser.open("/api/test/me");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(json.readTree(response.getBody()).path("name").asText()).isEqualTo("admin");
  }

  @Test
  void webappSession_keepsItsIdAcrossApiCalls_soTheWebappsRequestsInFlightStayLoggedIn() {
    BrowserSession browser = BrowserSession.loggedIn(http, "admin", "demo");

    ResponseEntity<String> response = browser.open("/api/test/me");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE)).as("a new session id")
        .noneMatch(cookie -> cookie.startsWith("SESSION="));
  }

  @Test
  void webappSession_changeWithoutCsrfToken_answers403() throws Exception {
    BrowserSession browser = BrowserSession.loggedIn(http, "admin", "demo");

    ResponseEntity<String> response = browser.send(HttpMethod.POST, "/api/test/echo", browser.jsonHeaders(),
        "{\"a\":1}");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(json.readTree(response.getBody()).path("type").asText())
        .isEqualTo("urn:steward:problem:csrf-token-missing");
  }

  @Test
  void webappSession_changeWithCsrfToken_answers200() {
    BrowserSession browser = BrowserSession.loggedIn(http, "admin", "demo");

    ResponseEntity<String> response = browser.send(HttpMethod.POST, "/api/test/echo", browser.csrfHeaders(),
        "{\"a\":1}");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).isEqualTo("{\"a\":1}");
  }

  @Test
  void sessionWithoutCamundaLogin_answers401() {
    BrowserSession browser = new BrowserSession(http);
    browser.open("/camunda/app/tasklist/default/");

    ResponseEntity<String> response = browser.open("/api/test/me");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  static void givenUserWithoutGroups(IdentityService identityService, String userId, String password) {
    if (identityService.createUserQuery().userId(userId).count() == 0) {
      User user = identityService.newUser(userId);
      user.setPassword(password);
      identityService.saveUser(user);
    }
  }
}
