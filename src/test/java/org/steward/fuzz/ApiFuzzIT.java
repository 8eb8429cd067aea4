package org.steward.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.request.process.EnterpriseRequestProcess.ACKNOWLEDGE_REQUEST;
import static org.steward.request.process.EnterpriseRequestProcess.DECIDE_HANDLING;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import net.jqwik.api.sessions.JqwikSession;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.steward.ApiCalls;
import org.steward.EmbeddedPostgresConfiguration;
import org.steward.directory.Department;
import org.steward.directory.Departments;
import org.steward.directory.DirectoryFixtures;
import org.steward.directory.DirectoryManagement;
import org.steward.directory.Enterprise;
import org.steward.directory.Enterprises;
import org.steward.directory.Officer;
import org.steward.directory.Officers;
import org.steward.request.RequestFixtures;

/**
 * Property-based fuzzing of every write endpoint of {@code /api} on PostgreSQL: random JSON bodies ({@link FuzzBodies},
 * jqwik's generators with one printed seed) sent as demo users of several roles never answer 5xx, every 4xx is
 * problem+json, and a 4xx changes nothing stored (a checksum of Steward's tables and the engine's runtime and identity
 * tables is the same before and after). The endpoints act on a sandbox (a case, an order, an officer, an enterprise
 * and a calendar year of this test's own), so that valid bodies do not disturb the demo organisation other tests use.
 * Run another seed with {@code -Dsteward.fuzz.seed=…}, more tries with {@code -Dsteward.fuzz.tries=…}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "steward.demo.enabled=true")
@ActiveProfiles("test")
@Import(EmbeddedPostgresConfiguration.class)
class ApiFuzzIT {

  private static final Logger log = LoggerFactory.getLogger(ApiFuzzIT.class);
  private static final long SEED = Long.getLong("steward.fuzz.seed", 20261203L);
  private static final int TRIES = Integer.getInteger("steward.fuzz.tries", 250);
  private static final List<String> USERS = List.of("admin", "zhangwei", "chenjianguo", "lianxiban", "power01",
      "ent01", "hejun");

  @Autowired
  TestRestTemplate http;
  @Autowired
  DirectoryManagement directory;
  @Autowired
  Departments departments;
  @Autowired
  Enterprises enterprises;
  @Autowired
  Officers officers;
  @Autowired
  JdbcClient jdbc;
  ApiCalls api;

  @BeforeEach
  void startSession() {
    api = new ApiCalls(http, "demo");
    JqwikSession.start();
  }

  @AfterEach
  void finishSession() {
    JqwikSession.finish();
  }

  @Test
  void randomBodies_neverAnswer5xx_everyRefusalIsProblemJson_andChangesNothing() {
    log.info("ApiFuzzIT seed {} ({} tries); repeat with -Dsteward.fuzz.seed={}", SEED, TRIES, SEED);
    List<WriteEndpoint> endpoints = WriteEndpoints.of(sandbox());
    Random random = new Random(SEED);
    FuzzBodies bodies = new FuzzBodies(random);
    StateChecksum state = new StateChecksum(jdbc);
    Map<String, Integer> answers = new TreeMap<>();
    List<String> failures = new ArrayList<>();

    Map<String, String> before = state.take();
    for (int i = 0; i < TRIES && failures.size() < 5; i++) {
      WriteEndpoint endpoint = endpoints.get(random.nextInt(endpoints.size()));
      String user = USERS.get(random.nextInt(USERS.size()));
      String body = bodies.next(endpoint.validBody());
      ResponseEntity<String> response = api.send(user, endpoint.method(), endpoint.path(), body);
      int status = response.getStatusCode().value();
      answers.merge(endpoint.method() + " " + endpoint.template() + " " + status, 1, Integer::sum);
      String call = "#%d %s %s as %s with %s → %d %s".formatted(i, endpoint.method(), endpoint.path(), user,
          abbreviated(body), status, abbreviated(response.getBody()));
      if (status >= 500) {
        failures.add(call);
      } else if (status >= 400) {
        if (!MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(response.getHeaders().getContentType())) {
          failures.add("not problem+json: " + call);
        }
        Map<String, String> after = state.take();
        if (!after.equals(before)) {
          failures.add("changed " + StateChecksum.difference(before, after) + ": " + call);
        }
        before = after;
      } else {
        before = state.take();
      }
    }

    log.info("ApiFuzzIT answers: {}", answers);
    assertThat(failures).as("seed %d", SEED).isEmpty();
    assertThat(answers.keySet()).as("some bodies pass the rules, some are refused")
        .anyMatch(answer -> answer.endsWith(" 400")).anyMatch(answer -> answer.matches(".* 20\\d"));
  }

  /** A case handed over to the power department with an issued order; an officer and an enterprise of its own. */
  private Sandbox sandbox() {
    long ent01 = directory.enterpriseOfUser("ent01").orElseThrow().id();
    String caseNumber = api.call("ent01", HttpMethod.POST, "/api/requests", RequestFixtures.body(ent01, "模糊测试"),
        HttpStatus.CREATED).path("caseNumber").asText();
    api.completeTask("zhangwei", caseNumber, ACKNOWLEDGE_REQUEST, "firstAnswer", "已收到。");
    api.completeTask("zhangwei", caseNumber, DECIDE_HANDLING, "decision", "HAND_OVER", "leadDepartment", "power",
        "cooperatingDepartments", "", "timeLimit", 5);
    long unitId = jdbc.sql("select id from handling_unit where case_number = ?").param(caseNumber)
        .query(Long.class).single();
    long orderId = api.call("chenjianguo", HttpMethod.POST, "/api/supervision-orders", """
        {"caseNumber": "%s", "unitId": %d, "requirement": "说明进展", "timeLimit": 2}""".formatted(caseNumber, unitId),
        HttpStatus.CREATED).path("id").asLong();
    Department department = DirectoryFixtures.department(departments);
    Officer supervisor = DirectoryFixtures.supervisor(officers, department);
    Officer officer = DirectoryFixtures.officer(officers, department, supervisor);
    Enterprise enterprise = DirectoryFixtures.enterprise(enterprises, officer);
    return new Sandbox(caseNumber, unitId, orderId, officer.id(), supervisor.id(), enterprise.id(), ent01);
  }

  private static String abbreviated(String text) {
    return text == null || text.length() <= 300 ? text : text.substring(0, 300) + "…(" + text.length() + ")";
  }
}
