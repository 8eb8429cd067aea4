package org.steward.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings.Redirects;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.steward.ApiCalls;
import org.steward.RestartablePostgres;
import org.steward.directory.DirectoryManagement;
import org.steward.request.RequestFixtures;
import org.steward.security.web.BrowserSession;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * PostgreSQL stops under a load of submissions and starts again: meanwhile every door (Steward's API, the portal,
 * engine-rest, the webapps' engine API and their own APIs) answers 503 with {@code Retry-After}, never 500, and the
 * node reports itself not ready (still live); afterwards it is ready again by itself, and every submission, answered or
 * refused, retried under its idempotency key, stands for exactly one whole case: its request, its idempotency key,
 * its timeline entry, its process instance and its line in the ledger, nothing half-made, nothing lost.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"steward.demo.enabled=true", "steward.database.retry-after=7s"})
@ActiveProfiles("test")
@Import(RestartablePostgres.class)
@DirtiesContext
class DatabaseOutageIT {

  private static final String PASSWORD = "demo";
  private static final String RETRY_AFTER = "7";
  private static final int THREADS = 3;
  private static final Duration PATIENCE = Duration.ofSeconds(90);
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

  @Autowired
  TestRestTemplate http;
  @Autowired
  RestartablePostgres.Server postgres;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  DirectoryManagement directory;

  private final Queue<Answer> answers = new ConcurrentLinkedQueue<>();
  private final AtomicInteger submissions = new AtomicInteger();
  private final AtomicBoolean loading = new AtomicBoolean(true);
  private long enterprise;

  /** One answer to a submission under {@code key}: its status, case number (when 2xx) and what a 503 carried. */
  private record Answer(String key, int status, String caseNumber, String retryAfter, MediaType type,
      String detailZh, boolean afterRestart) {
  }

  @Test
  void postgresStopsUnderLoad_everyDoorAnswers503_readinessFollows_andEverySubmissionIsOneWholeCase()
      throws Exception {
    enterprise = directory.enterpriseOfUser("ent01").orElseThrow().id();
    Set<String> casesBefore = new HashSet<>(jdbc.sql("select case_number from request").query(String.class).list());
    BrowserSession tasklist = BrowserSession.loggedIn(http, "zhangwei", PASSWORD);
    BrowserSession cockpit = BrowserSession.loggedIn(http, "admin", PASSWORD);
    BrowserSession portal = portalLogin("ent01");
    assertThat(cockpit.open(statisticsPath()).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(portal.send(HttpMethod.GET, "/portal/", pageHeaders(), null).getStatusCode()).isEqualTo(HttpStatus.OK);
    AtomicBoolean restarted = new AtomicBoolean();

    ExecutorService load = Executors.newFixedThreadPool(THREADS);
    List<Future<?>> workers = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      workers.add(load.submit(() -> {
        while (loading.get()) {
          int n = submissions.incrementAndGet();
          answers.add(submit("outage-" + n, n, restarted.get()));
        }
      }));
    }
    await().atMost(PATIENCE).until(() -> created(false) >= 6);

    postgres.stop();

    assertOutage(submitResponse("outage-direct", 0), "POST /api/requests");
    assertOutage(new ApiCalls(http, PASSWORD).send("admin", HttpMethod.GET, "/api/ledger", null), "GET /api/ledger");
    assertOutage(http.withBasicAuth("zhangwei", PASSWORD).getForEntity("/engine-rest/task", String.class),
        "GET /engine-rest/task");
    assertOutage(tasklist.send(HttpMethod.GET, "/camunda/api/engine/engine/default/task", tasklist.csrfHeaders(),
        null), "Tasklist's engine API");
    assertOutage(cockpit.open(statisticsPath()), "Cockpit's own API");
    ResponseEntity<String> page = portal.send(HttpMethod.GET, "/portal/", pageHeaders(), null);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    assertThat(page.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo(RETRY_AFTER);
    assertThat(page.getBody()).contains("暂时无法访问数据库");
    ResponseEntity<String> readiness = http.getForEntity("/actuator/health/readiness", String.class);
    assertThat(readiness.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    assertThat(ApiCalls.json(readiness).path("status").asText()).isEqualTo("DOWN");
    ResponseEntity<String> liveness = http.getForEntity("/actuator/health/liveness", String.class);
    assertThat(liveness.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(ApiCalls.json(liveness).path("status").asText()).isEqualTo("UP");
    await().atMost(PATIENCE).until(() -> answers.stream().anyMatch(a -> a.status() == 503));

    postgres.start();
    restarted.set(true);

    await().atMost(PATIENCE).until(() -> http.getForEntity("/actuator/health/readiness", String.class)
        .getStatusCode() == HttpStatus.OK);
    await().atMost(PATIENCE).until(() -> created(true) >= 6);
    loading.set(false);
    for (Future<?> worker : workers) {
      worker.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
    }
    load.shutdown();

    // nothing but a case, a repeat or a 503 while the database was away
    assertThat(answers).allSatisfy(answer -> {
      assertThat(answer.status()).as("%s", answer).isIn(200, 201, 503);
      if (answer.status() == 503) {
        assertThat(answer.retryAfter()).isEqualTo(RETRY_AFTER);
        assertThat(answer.type()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(answer.detailZh()).contains("暂时无法访问数据库");
      }
    });
    assertThat(answers).anyMatch(answer -> answer.status() == 503);

    // every key retried: a refused one now makes its case (or finds the one its lost answer made), an answered one
    // finds the case it made
    Map<String, String> caseOfKey = new HashMap<>();
    answers.stream().filter(answer -> answer.caseNumber() != null)
        .forEach(answer -> assertThat(caseOfKey.putIfAbsent(answer.key(), answer.caseNumber()))
            .as("case of %s", answer.key()).isIn(null, answer.caseNumber()));
    Set<String> keys = new HashSet<>();
    answers.forEach(answer -> keys.add(answer.key()));
    keys.add("outage-direct");
    for (String key : keys) {
      int n = "outage-direct".equals(key) ? 0 : Integer.parseInt(key.substring("outage-".length()));
      Answer retry = submit(key, n, true);
      assertThat(retry.status()).as("retry of %s", key).isIn(200, 201);
      assertThat(retry.status() == 200 || !caseOfKey.containsKey(key)).as("retry of %s: %s", key, retry).isTrue();
      assertThat(caseOfKey.putIfAbsent(key, retry.caseNumber())).as("case of %s", key)
          .isIn(null, retry.caseNumber());
    }

    Set<String> cases = new HashSet<>(caseOfKey.values());
    assertThat(cases).as("one case per key").hasSize(keys.size());
    Set<String> casesNow = new HashSet<>(jdbc.sql("select case_number from request").query(String.class).list());
    casesNow.removeAll(casesBefore);
    assertThat(casesNow).as("requests").isEqualTo(cases);
    assertThat(jdbc.sql("select idempotency_key, case_number from request_idempotency where user_id = 'ent01'")
        .query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2))).list())
        .as("idempotency keys").containsExactlyInAnyOrderElementsOf(caseOfKey.entrySet());
    assertThat(countPerCase("select business_key_ from act_hi_procinst where proc_def_key_ = 'enterprise-request'",
        casesBefore))
        .as("process instances").isEqualTo(onePer(cases));
    assertThat(countPerCase("select case_number from timeline_entry where action = 'SUBMITTED'", casesBefore))
        .as("timeline").isEqualTo(onePer(cases));
    long requests = jdbc.sql("select count(*) from request").query(Long.class).single();
    assertThat(new ApiCalls(http, PASSWORD).call("admin", HttpMethod.GET, "/api/ledger", null, HttpStatus.OK)
        .path("total").asLong()).as("ledger").isEqualTo(requests);
  }

  private static void assertOutage(ResponseEntity<String> response, String what) {
    assertThat(response.getStatusCode()).as("%s: %s", what, response.getBody())
        .isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    assertThat(response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).as(what).isEqualTo(RETRY_AFTER);
    assertThat(response.getHeaders().getContentType()).as(what).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    JsonNode problem = ApiCalls.json(response);
    assertThat(problem.path("type").asText()).as(what).isEqualTo("urn:steward:problem:database-unavailable");
    assertThat(problem.path("status").asInt()).as(what).isEqualTo(503);
    assertThat(problem.path("title").asText()).as(what).isNotBlank();
    assertThat(problem.path("titleZh").asText()).as(what).isEqualTo("服务暂时不可用");
    assertThat(problem.path("detailZh").asText()).as(what).contains("暂时无法访问数据库", RETRY_AFTER);
  }

  private long created(boolean afterRestart) {
    return answers.stream().filter(answer -> answer.status() == 201 && answer.afterRestart() == afterRestart).count();
  }

  private Answer submit(String key, int n, boolean afterRestart) {
    ResponseEntity<String> response = submitResponse(key, n);
    JsonNode body = ApiCalls.json(response);
    return new Answer(key, response.getStatusCode().value(),
        response.getStatusCode().is2xxSuccessful() ? body.path("caseNumber").asText() : null,
        response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER), response.getHeaders().getContentType(),
        body.path("detailZh").asText(), afterRestart);
  }

  private ResponseEntity<String> submitResponse(String key, int n) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.set("Idempotency-Key", key);
    return http.withBasicAuth("ent01", PASSWORD).exchange("/api/requests", HttpMethod.POST,
        new HttpEntity<>(RequestFixtures.body(enterprise, "停库演练第" + n + "件"), headers), String.class);
  }

  /** How often each case number made during the test appears in the first column of {@code sql}. */
  private Map<String, Long> countPerCase(String sql, Set<String> casesBefore) {
    Map<String, Long> counts = new HashMap<>();
    jdbc.sql(sql).query(String.class).list().stream().filter(number -> !casesBefore.contains(number))
        .forEach(number -> counts.merge(number, 1L, Long::sum));
    return counts;
  }

  private static Map<String, Long> onePer(Set<String> cases) {
    Map<String, Long> ones = new HashMap<>();
    cases.forEach(number -> ones.put(number, 1L));
    return ones;
  }

  private String statisticsPath() {
    return "/camunda/api/cockpit/plugin/base/default/process-definition/statistics-count";
  }

  private static HttpHeaders pageHeaders() {
    HttpHeaders headers = new HttpHeaders();
    headers.setAccept(List.of(MediaType.TEXT_HTML));
    return headers;
  }

  /** Logs an enterprise user in to the portal through its form, as a browser does. */
  private BrowserSession portalLogin(String user) {
    // the login's redirect carries the new session's cookie: not followed, so that the session keeps it
    BrowserSession browser = new BrowserSession(http.withRedirects(Redirects.DONT_FOLLOW));
    Matcher csrf = CSRF.matcher(browser.open("/portal/login").getBody());
    assertThat(csrf.find()).as("CSRF token on the portal's login page").isTrue();
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    ResponseEntity<String> login = browser.send(HttpMethod.POST, "/portal/login", headers,
        "username=" + user + "&password=" + PASSWORD + "&_csrf=" + csrf.group(1));
    assertThat(login.getStatusCode().is3xxRedirection()).as("portal login: %s", login.getStatusCode()).isTrue();
    return browser;
  }
}
