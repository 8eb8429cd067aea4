package org.steward.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.steward.EmbeddedPostgresConfiguration;
import org.steward.directory.Department;
import org.steward.directory.Departments;
import org.steward.directory.DirectoryFixtures;
import org.steward.directory.DirectoryManagement;
import org.steward.directory.Enterprise;
import org.steward.directory.Enterprises;
import org.steward.directory.Officer;
import org.steward.directory.Officers;
import org.steward.fuzz.MalformedInputs.Door;
import org.steward.fuzz.MalformedInputs.Kind;
import org.steward.fuzz.MalformedInputs.Targets;
import org.steward.request.process.EnterpriseRequestProcess;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every kind of malformed input of {@link MalformedInputs}, several of each, mixed with valid submissions and sent
 * from 16 threads to the application on PostgreSQL: no answer is a 5xx, each kind gets its own 4xx naming what it
 * names, every valid submission is stored exactly once, and the refused ones leave every count as it was.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "steward.demo.enabled=true")
@ActiveProfiles("test")
@Import(EmbeddedPostgresConfiguration.class)
class MalformedInputCorpusIT {

  private static final Logger log = LoggerFactory.getLogger(MalformedInputCorpusIT.class);
  private static final int THREADS = 16;
  private static final int COPIES = 4;
  private static final int VALID = 160;
  private static final String VALID_KIND = "valid submission";
  private static final String PASSWORD = "secret-123";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  @LocalServerPort
  int port;
  @Autowired
  DirectoryManagement directory;
  @Autowired
  Departments departments;
  @Autowired
  Enterprises enterprises;
  @Autowired
  Officers officers;
  @Autowired
  TaskService tasks;
  @Autowired
  JdbcClient jdbc;

  private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
      .connectTimeout(Duration.ofSeconds(10)).build();
  private String login;
  private String portalCookie;
  private String portalCsrf;

  @Test
  void malformedInputFrom16Threads_getsItsOwn4xx_neverA5xx_validBodiesAreStoredOnce_andRefusedOnesChangeNothing()
      throws Exception {
    long enterprise = enterpriseWithItsOwnLogin();
    Targets targets = sandboxCase(enterprise);
    List<Kind> kinds = MalformedInputs.of(targets);
    assertThat(kinds).as("kinds in the corpus").hasSizeGreaterThanOrEqualTo(40);
    logIntoThePortal();
    send(valid(enterprise, "预热 1"));
    Map<String, Long> beforeOne = counts(enterprise, targets);
    send(valid(enterprise, "预热 2"));
    Map<String, Long> perSubmission = difference(beforeOne, counts(enterprise, targets));

    List<Kind> calls = new ArrayList<>();
    kinds.forEach(kind -> calls.addAll(Collections.nCopies(COPIES, kind)));
    for (int i = 0; i < VALID; i++) {
      calls.add(valid(enterprise, "语料有效 " + i));
    }
    Collections.shuffle(calls, new Random(20261204L));
    Map<String, Long> before = counts(enterprise, targets);
    List<Answer> answers = sendAll(calls);
    Map<String, Long> after = counts(enterprise, targets);

    Map<String, Integer> statuses = new TreeMap<>();
    List<String> wrong = new ArrayList<>();
    for (Answer answer : answers) {
      statuses.merge(answer.kind().name() + " → " + answer.status(), 1, Integer::sum);
      String why = wrong(answer);
      if (why != null) {
        wrong.add(answer.kind().name() + ": " + why + " — " + abbreviated(answer.body()));
      }
    }
    log.info("MalformedInputCorpusIT: {} kinds × {}, {} valid, answers {}", kinds.size(), COPIES, VALID, statuses);
    assertThat(wrong).isEmpty();
    assertThat(answers).noneMatch(answer -> answer.status() >= 500);
    Map<String, Long> expected = new LinkedHashMap<>(before);
    perSubmission.forEach((table, delta) -> expected.merge(table, delta * VALID, Long::sum));
    assertThat(after).as("each valid submission stored once, nothing of the refused ones")
        .isEqualTo(expected);
    assertThat(jdbc.sql("""
            select count(distinct title) from request where enterprise_id = ? and title like '语料有效 %'""")
        .param(enterprise).query(Long.class).single()).isEqualTo(VALID);
    assertThat(tasks.createTaskQuery().taskId(targets.taskId()).singleResult()).as("the sandbox's task, still open")
        .isNotNull();
  }

  /** Why an answer is not what its kind expects, or null. */
  private static String wrong(Answer answer) throws Exception {
    Kind kind = answer.kind();
    if (answer.status() != kind.status()) {
      return "status " + answer.status() + ", expected " + kind.status();
    }
    if (kind.raw() || kind.name().equals(VALID_KIND)) {
      return null;
    }
    if (answer.contentType() == null || !answer.contentType().startsWith("application/problem+json")) {
      return "content type " + answer.contentType();
    }
    JsonNode problem = JSON.readTree(answer.body());
    if (problem.path("detailZh").asText().isBlank()) {
      return "no Chinese detail";
    }
    if (kind.problem() != null && !problem.path("type").asText().endsWith(":" + kind.problem())) {
      return "problem " + problem.path("type").asText() + ", expected " + kind.problem();
    }
    if (kind.field() != null) {
      List<String> fields = new ArrayList<>();
      problem.path("errors").forEach(error -> fields.add(error.path("field").asText()));
      if (!fields.contains(kind.field())) {
        return "fields " + fields + ", expected " + kind.field();
      }
    }
    return null;
  }

  private List<Answer> sendAll(List<Kind> calls) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<Answer>> futures = new ArrayList<>();
      for (Kind call : calls) {
        futures.add(threads.submit(() -> send(call)));
      }
      List<Answer> answers = new ArrayList<>();
      for (Future<Answer> future : futures) {
        answers.add(future.get());
      }
      return answers;
    } finally {
      threads.shutdownNow();
    }
  }

  private Answer send(Kind kind) throws Exception {
    String path = kind.path();
    byte[] body = kind.body();
    HttpRequest.Builder request = HttpRequest.newBuilder().timeout(Duration.ofSeconds(60));
    if (kind.door() == Door.PORTAL) {
      request.header("Cookie", portalCookie);
      byte[] csrf = ("&_csrf=" + portalCsrf).getBytes(StandardCharsets.UTF_8);
      byte[] joined = new byte[body.length + csrf.length];
      System.arraycopy(body, 0, joined, 0, body.length);
      System.arraycopy(csrf, 0, joined, body.length, csrf.length);
      body = joined;
    } else {
      String user = kind.user().equals("ent") ? login : kind.user();
      String password = kind.user().equals("ent") ? PASSWORD : "demo";
      request.header("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }
    if (kind.contentType() != null) {
      request.header("Content-Type", kind.contentType());
    }
    kind.headers().forEach(request::header);
    request.uri(URI.create("http://localhost:" + port + path)).method(kind.method(),
        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
    HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    return new Answer(kind, response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
        response.body());
  }

  private Kind valid(long enterprise, String title) {
    byte[] body = MalformedInputs.validRequest(enterprise, title).getBytes(StandardCharsets.UTF_8);
    return new Kind(VALID_KIND, Door.API, "ent", "POST", "/api/requests", "application/json", body, Map.of(), 201,
        null, null, false);
  }

  /** A fresh enterprise, its officer, and a login of its own, so that the counts below are this test's alone. */
  private long enterpriseWithItsOwnLogin() throws Exception {
    Department department = DirectoryFixtures.department(departments);
    Officer supervisor = DirectoryFixtures.supervisor(officers, department);
    Officer officer = DirectoryFixtures.officer(officers, department, supervisor);
    Enterprise enterprise = DirectoryFixtures.enterprise(enterprises, officer);
    login = DirectoryFixtures.freshId("fzc");
    Kind create = new Kind("login", Door.API, "admin", "POST",
        "/api/directory/enterprises/" + enterprise.id() + "/logins", "application/json",
        "{\"userId\": \"%s\", \"password\": \"%s\"}".formatted(login, PASSWORD).getBytes(StandardCharsets.UTF_8),
        Map.of(), 201, null, null, false);
    assertThat(send(create).status()).isBetween(200, 201);
    return enterprise.id();
  }

  /** ent01's new case with its 签收诉求 open for zhangwei: the target of completions and variable writes. */
  private Targets sandboxCase(long enterprise) throws Exception {
    long ent01 = directory.enterpriseOfUser("ent01").orElseThrow().id();
    Kind submit = new Kind("sandbox", Door.API, "ent01", "POST", "/api/requests", "application/json",
        MalformedInputs.validRequest(ent01, "语料沙盒").getBytes(StandardCharsets.UTF_8), Map.of(), 201, null, null,
        false);
    Answer answer = send(submit);
    assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    String caseNumber = JSON.readTree(answer.body()).path("caseNumber").asText();
    Task task = tasks.createTaskQuery().processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey(EnterpriseRequestProcess.ACKNOWLEDGE_REQUEST).singleResult();
    return new Targets(enterprise, caseNumber, task.getProcessInstanceId(), task.getId(), "zhangwei");
  }

  private void logIntoThePortal() throws Exception {
    HttpResponse<String> page = client.send(HttpRequest.newBuilder(uri("/portal/login")).build(),
        HttpResponse.BodyHandlers.ofString());
    String cookie = cookie(page);
    String form = "username=" + login + "&password=" + PASSWORD + "&_csrf=" + csrf(page.body());
    HttpResponse<String> loggedIn = client.send(HttpRequest.newBuilder(uri("/portal/login")).header("Cookie", cookie)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(loggedIn.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/portal/"));
    portalCookie = cookie(loggedIn);
    HttpResponse<String> newRequest = client.send(HttpRequest.newBuilder(uri("/portal/requests/new"))
        .header("Cookie", portalCookie).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(newRequest.statusCode()).isEqualTo(200);
    portalCsrf = csrf(newRequest.body());
  }

  /**
   * Rows this test can change: the enterprise's requests and everything they made, its login's idempotency keys, and
   * the sandbox case's variables, tasks, orders and escalations.
   */
  private Map<String, Long> counts(long enterprise, Targets targets) {
    String cases = "select case_number from request where enterprise_id = " + enterprise;
    Map<String, Long> counts = new LinkedHashMap<>();
    count(counts, "request", "select count(*) from request where enterprise_id = " + enterprise);
    count(counts, "process instances", "select count(*) from act_hi_procinst where business_key_ in (" + cases + ")");
    count(counts, "tasks", "select count(*) from act_ru_task t join act_hi_procinst p on p.id_ = t.proc_inst_id_"
        + " where p.business_key_ in (" + cases + ")");
    count(counts, "timeline", "select count(*) from timeline_entry where case_number in (" + cases + ")");
    count(counts, "notifications", "select count(*) from notification where case_number in (" + cases + ")");
    count(counts, "idempotency keys", "select count(*) from request_idempotency where user_id = '" + login + "'");
    count(counts, "attachments", "select count(*) from attachment where case_number in (" + cases + ")");
    String sandbox = "'" + targets.caseNumber() + "'";
    count(counts, "sandbox variables", "select count(*) from act_ru_variable where proc_inst_id_ = '"
        + targets.instanceId() + "'");
    count(counts, "sandbox variable checksum", "select coalesce(sum(length(name_ || coalesce(text_, '')"
        + " || coalesce(cast(long_ as varchar), ''))), 0) from act_ru_variable where proc_inst_id_ = '"
        + targets.instanceId() + "'");
    count(counts, "sandbox tasks", "select count(*) from act_ru_task where proc_inst_id_ = '" + targets.instanceId()
        + "'");
    count(counts, "sandbox orders", "select count(*) from supervision_order where case_number = " + sandbox);
    count(counts, "sandbox escalations", "select count(*) from escalation where case_number = " + sandbox);
    count(counts, "sandbox timeline", "select count(*) from timeline_entry where case_number = " + sandbox);
    return counts;
  }

  private void count(Map<String, Long> counts, String name, String sql) {
    counts.put(name, jdbc.sql(sql).query(Long.class).single());
  }

  private static Map<String, Long> difference(Map<String, Long> before, Map<String, Long> after) {
    Map<String, Long> difference = new LinkedHashMap<>();
    after.forEach((table, count) -> difference.put(table, count - before.get(table)));
    return difference;
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private static String cookie(HttpResponse<?> response) {
    return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION="))
        .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
  }

  private static String csrf(String page) {
    Matcher token = CSRF.matcher(page);
    assertThat(token.find()).as("a CSRF token in the page").isTrue();
    return token.group(1);
  }

  private static String abbreviated(String text) {
    return text == null || text.length() <= 300 ? text : text.substring(0, 300) + "…";
  }

  private record Answer(Kind kind, int status, String contentType, String body) {
  }
}
