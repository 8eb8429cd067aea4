package org.steward.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
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
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.steward.ApiCalls;
import org.steward.EmbeddedPostgresConfiguration;
import org.steward.security.LoginThrottle;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Five failed logins in a row lock an account for fifteen minutes on every path (HTTP basic on /api and /engine-rest,
 * the webapps' login form), with the Chinese reason; one mistake costs nothing; the lock ends with the clock.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "steward.demo.enabled=true")
@ActiveProfiles("test")
@Import(EmbeddedPostgresConfiguration.class)
class LoginThrottleIT {

  @Autowired
  TestRestTemplate http;
  @Autowired
  LoginThrottle throttle;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void oneMistake_doesNotBlockTheRightPassword() {
    assertThat(api("ent03", "wrong").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

    assertThat(api("ent03", "demo").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(engineRest("ent03", "demo").getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void fiveFailures_lockTheAccountEverywhere_untilFifteenMinutesHavePassed() {
    for (int i = 0; i < 4; i++) {
      assertThat(ApiCalls.json(api("ent04", "wrong")).path("type").asText()).doesNotContain("account-locked");
    }
    ResponseEntity<String> fifth = engineRest("ent04", "wrong");
    assertThat(fifth.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

    ResponseEntity<String> right = api("ent04", "demo");
    assertThat(right.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    assertThat(Long.parseLong(right.getHeaders().getFirst(HttpHeaders.RETRY_AFTER))).isBetween(14 * 60L, 15 * 60L + 1);
    JsonNode problem = ApiCalls.json(right);
    String until = LoginThrottle.time(lockEnd());
    assertThat(problem.path("titleZh").asText()).isEqualTo("账户已锁定");
    assertThat(problem.path("detailZh").asText()).contains("登录失败次数过多", "请于 " + until + " 后再试");
    assertThat(problem.path("detail").asText()).contains("try again after " + until);
    for (ResponseEntity<String> locked : List.of(engineRest("ent04", "demo"), webappLogin("ent04", "demo"))) {
      assertThat(locked.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
      assertThat(locked.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNotBlank();
      assertThat(ApiCalls.json(locked).path("detailZh").asText()).contains("请于 " + until + " 后再试");
    }

    ClockUtil.setCurrentTime(new Date(System.currentTimeMillis() + 16 * 60_000));

    assertThat(api("ent04", "demo").getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void theWebappLoginForm_countsToo_andASuccessStartsTheCountAgain() {
    for (int i = 0; i < 4; i++) {
      assertThat(webappLogin("xuming", "wrong").getStatusCode().is2xxSuccessful()).isFalse();
    }
    ResponseEntity<String> right = webappLogin("xuming", "demo");
    assertThat(right.getStatusCode().is2xxSuccessful()).as("%s %s", right.getStatusCode(), right.getBody()).isTrue();
    for (int i = 0; i < 4; i++) {
      api("xuming", "wrong");
    }

    assertThat(api("xuming", "demo").getStatusCode()).as("four failures after a success: no lock")
        .isEqualTo(HttpStatus.OK);
  }

  private Instant lockEnd() {
    return throttle.lockedUntil("ent04").orElseThrow();
  }

  private ResponseEntity<String> api(String user, String password) {
    return http.withBasicAuth(user, password).exchange("/api/requests/categories", HttpMethod.GET, null,
        String.class);
  }

  private ResponseEntity<String> engineRest(String user, String password) {
    return http.withBasicAuth(user, password).exchange("/engine-rest/task/count", HttpMethod.GET, null,
        String.class);
  }

  /** The webapps' login as the browser sends it: with the session and CSRF cookies of the login page. */
  private ResponseEntity<String> webappLogin(String user, String password) {
    ResponseEntity<String> page = http.getForEntity("/camunda/app/tasklist/default/", String.class);
    List<String> cookies = page.getHeaders().getOrDefault(HttpHeaders.SET_COOKIE, List.of()).stream()
        .map(cookie -> cookie.split(";", 2)[0]).toList();
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    headers.put(HttpHeaders.COOKIE, List.of(String.join("; ", cookies)));
    cookies.stream().filter(cookie -> cookie.startsWith("XSRF-TOKEN=")).findFirst()
        .ifPresent(cookie -> headers.set("X-XSRF-TOKEN", cookie.substring("XSRF-TOKEN=".length())));
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("username", user);
    form.add("password", password);
    return http.exchange("/camunda/api/admin/auth/user/default/login/tasklist", HttpMethod.POST,
        new HttpEntity<>(form, headers), String.class);
  }
}
