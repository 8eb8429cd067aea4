package org.steward.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.request.process.EnterpriseRequestProcess.ACKNOWLEDGE_REQUEST;
import static org.steward.request.process.EnterpriseRequestProcess.DECIDE_HANDLING;

import java.io.IOException;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.steward.ApiCalls;
import org.steward.EmbeddedPostgresConfiguration;
import org.steward.directory.DirectoryManagement;
import org.steward.handling.process.DepartmentHandlingProcess;
import org.steward.request.RequestFixtures;
import org.steward.shared.StewardClock;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Walks the grant matrix of {@code docs/security.md} over engine-rest and {@code /api} with every demo role and asserts
 * every cell, on PostgreSQL. Refused actions are tried for real and must change nothing; allowed writes are checked
 * with the engine's authorization check, so that the walk moves no case (the department's queue task is then claimed
 * and completed for real, last). Also the forgery of 签收诉求 by another officer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "steward.demo.enabled=true")
@ActiveProfiles("test")
@Import(EmbeddedPostgresConfiguration.class)
class SecurityMatrixIT {

  private static final String ENGINE = "/engine-rest";
  private static final List<String> STEWARD_PROCESSES = List.of("enterprise-request", "department-handling",
      "convening", "joint-meeting", "project-milestones", "supervision-order", "weekly-agenda", "calendar-check",
      "policy-push", "survey-campaign", "officer-work-report",
      "deputy-leave", "visit-cycle", "enterprise-visit");
  /** What Cockpit's start page asks for (dashboard.js, and the task counts of the tasks plugin). */
  private static final List<String> COCKPIT_START_PAGE = List.of(
      "/process-definition/statistics?rootIncidents=true",
      "/task/count",
      "/task/count?unfinished=true&assigned=true",
      "/task/count?unfinished=true&unassigned=true&withCandidateGroups=true",
      "/task/count?unfinished=true&unassigned=true&withoutCandidateGroups=true",
      "/history/task/count?unfinished=true",
      "/task/report/candidate-group-count",
      "/process-definition/count?latestVersion=true",
      "/decision-definition/count?latestVersion=true",
      "/case-definition/count?latestVersion=true",
      "/deployment/count");
  private static final AtomicInteger DEPARTMENTS = new AtomicInteger();
  /** A model with nothing to run, for the refused deployments, which must not deploy anything. */
  private static final String PROBE = """
      <?xml version="1.0" encoding="UTF-8"?>
      <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="Definitions_Probe"
          targetNamespace="http://steward.org">
        <bpmn:process id="matrix-probe" isExecutable="false" />
      </bpmn:definitions>
      """;

  @Autowired
  TestRestTemplate http;
  @Autowired
  DirectoryManagement directory;

  private ApiCalls calls;

  @BeforeEach
  void setUp() {
    calls = new ApiCalls(http, "demo");
  }

  /** Case A: handed over to the power department; case B: at zhangwei's 签收诉求; case C: at liuyang's (ent04). */
  private record Cases(String a, String b, String c, String queueTask, String officerTask, String instanceC) {
  }

  @TestFactory
  Stream<DynamicTest> everyCellOfTheGrantMatrix_holds() throws IOException {
    GrantMatrix matrix = GrantMatrix.read();
    Cases cases = givenCases(12);
    Map<String, Cell> cells = cells(cases);
    assertThat(matrix.columns()).as("the columns of docs/security.md").containsExactlyElementsOf(cells.keySet());

    Stream<DynamicTest> walk = matrix.rows().stream().flatMap(row -> row.allowed().entrySet().stream()
        .map(cell -> DynamicTest.dynamicTest(row.login() + " " + cell.getKey() + (cell.getValue() ? " ✓" : " ✗"),
            () -> cells.get(cell.getKey()).check(row.login(), cell.getValue()))));
    return Stream.concat(walk, Stream.of(DynamicTest.dynamicTest("power01 claims and completes its queue's task",
        () -> claimAndComplete("power01", cases.queueTask()))));
  }

  @Test
  void anotherOfficer_cannotReadSetVariablesOnOrCompleteTheOfficersSigningTask() {
    // given zhangwei's 签收诉求 (ent01 is his enterprise) and liuyang, another officer
    Cases cases = givenCases(13);
    String task = cases.officerTask();

    // when liuyang looks for it, sets a variable on it and completes it
    JsonNode visible = calls.call("liuyang", HttpMethod.GET, ENGINE + "/task?processInstanceBusinessKey=" + cases.b(),
        null, HttpStatus.OK);
    ResponseEntity<String> read = calls.send("liuyang", HttpMethod.GET, ENGINE + "/task/" + task, null);
    ResponseEntity<String> set = calls.send("liuyang", HttpMethod.PUT, ENGINE + "/task/" + task + "/variables/light",
        "{\"value\": \"PURPLE\", \"type\": \"String\"}");
    ResponseEntity<String> complete = calls.send("liuyang", HttpMethod.POST, ENGINE + "/task/" + task + "/complete",
        ApiCalls.completion("firstAnswer", "刘洋代签"));

    // then nothing was his to see or do, and the case still waits for zhangwei with its light unchanged
    assertThat(visible).isEmpty();
    assertThat(read.getStatusCode().value()).as(read.getBody()).isIn(403, 404);
    assertThat(set.getStatusCode().value()).as(set.getBody()).isIn(403, 404);
    assertThat(complete.getStatusCode().value()).as(complete.getBody()).isIn(403, 404);
    JsonNode still = calls.call("admin", HttpMethod.GET, ENGINE + "/task/" + task, null, HttpStatus.OK);
    assertThat(still.path("assignee").asText()).isEqualTo("zhangwei");
    JsonNode light = calls.call("admin", HttpMethod.GET, ENGINE + "/task/" + task + "/variables/light", null,
        HttpStatus.OK);
    assertThat(light.path("value").asText()).isNotEqualTo("PURPLE");
  }

  // --- the columns --------------------------------------------------------------------------------------------------

  /** How one column is tried for a user who should, or should not, be allowed. */
  private interface Cell {
    void check(String user, boolean allowed);
  }

  private Map<String, Cell> cells(Cases cases) {
    Map<String, Cell> cells = new LinkedHashMap<>();
    cells.put("start", (user, allowed) -> STEWARD_PROCESSES.forEach(key -> {
      if (allowed) {
        assertThat(authorized(user, "CREATE_INSTANCE", "ProcessDefinition", 6, key)).as(key).isTrue();
      } else {
        refused(user, HttpMethod.POST, ENGINE + "/process-definition/key/" + key + "/start", "{}");
      }
    }));
    cells.put("correlate", (user, allowed) -> {
      if (allowed) {
        assertThat(authorized(user, "UPDATE_INSTANCE", "ProcessDefinition", 6, "enterprise-request")).isTrue();
      } else {
        refused(user, HttpMethod.POST, ENGINE + "/message",
            "{\"messageName\": \"EscalationRequested\", \"businessKey\": \"" + cases.a() + "\"}");
      }
    });
    for (String application : List.of("tasklist", "cockpit", "admin")) {
      cells.put(application, (user, allowed) ->
          assertThat(authorized(user, "ACCESS", "Application", 0, application)).isEqualTo(allowed));
    }
    cells.put("cockpit-start", (user, allowed) -> {
      List<String> failing = COCKPIT_START_PAGE.stream()
          .filter(path -> calls.send(user, HttpMethod.GET, ENGINE + path, null).getStatusCode() != HttpStatus.OK)
          .toList();
      if (allowed) {
        assertThat(failing).as("calls of Cockpit's start page that fail").isEmpty();
      } else {
        assertThat(failing).as("calls of Cockpit's start page that fail").isNotEmpty();
      }
    });
    cells.put("startable", (user, allowed) -> {
      JsonNode startable = calls.call(user, HttpMethod.GET, ENGINE + "/process-definition?startablePermissionCheck=true"
          + "&startableInTasklist=true&latestVersion=true", null, HttpStatus.OK);
      List<String> keys = new ArrayList<>();
      startable.forEach(definition -> keys.add(definition.path("key").asText()));
      assertThat(keys).isEqualTo(allowed ? List.of("calendar-check") : List.of());
    });
    cells.put("officer-task", (user, allowed) -> assertThat(calls.call(user, HttpMethod.GET,
        ENGINE + "/task?processInstanceBusinessKey=" + cases.b(), null, HttpStatus.OK).size())
        .isEqualTo(allowed ? 1 : 0));
    cells.put("queue-claim", taskWork(cases.queueTask(), "/claim", "{\"userId\": \"%s\"}"));
    cells.put("queue-complete", taskWork(cases.queueTask(), "/complete", "{}"));
    cells.put("task-variable", (user, allowed) -> {
      String task = ENGINE + "/task/" + cases.officerTask();
      if (allowed) {
        assertThat(authorized(user, "UPDATE", "Task", 7, cases.officerTask())).isTrue();
      } else {
        refused(user, HttpMethod.PUT, task + "/variables/light", "{\"value\": \"PURPLE\", \"type\": \"String\"}");
        refused(user, HttpMethod.POST, task + "/variables",
            "{\"modifications\": {\"light\": {\"value\": \"PURPLE\", \"type\": \"String\"}}}");
      }
    });
    cells.put("instance-variables", (user, allowed) -> {
      ResponseEntity<String> response = calls.send(user, HttpMethod.GET,
          ENGINE + "/process-instance/" + cases.instanceC() + "/variables", null);
      assertThat(response.getStatusCode()).as(response.getBody())
          .isEqualTo(allowed ? HttpStatus.OK : HttpStatus.FORBIDDEN);
    });
    cells.put("history-variables", (user, allowed) -> assertThat(calls.call(user, HttpMethod.GET,
        ENGINE + "/history/variable-instance?processInstanceId=" + cases.instanceC(), null, HttpStatus.OK).isEmpty())
        .isEqualTo(!allowed));
    cells.put("reports", api(HttpMethod.GET, "/api/reports", null, HttpStatus.OK));
    cells.put("dashboard", api(HttpMethod.GET, "/api/dashboard", null, HttpStatus.OK));
    cells.put("directory-write", (user, allowed) -> {
      int n = DEPARTMENTS.incrementAndGet();
      api(HttpMethod.POST, "/api/directory/departments",
          "{\"code\": \"matrix" + n + System.nanoTime() % 100000 + "\", \"name\": \"矩阵测试局" + n + "\"}",
          HttpStatus.CREATED).check(user, allowed);
    });
    cells.put("categories-write", (user, allowed) -> {
      int n = DEPARTMENTS.incrementAndGet();
      api(HttpMethod.POST, "/api/requests/categories",
          "{\"code\": \"matrix" + n + "\", \"label\": \"矩阵测试类别" + n + "\"}", HttpStatus.CREATED)
          .check(user, allowed);
    });
    cells.put("ledger", api(HttpMethod.GET, "/api/ledger", null, HttpStatus.OK));
    cells.put("deploy", (user, allowed) -> {
      if (allowed) {
        assertThat(authorized(user, "CREATE", "Deployment", 9, "*")).isTrue();
      } else {
        assertThat(calls.deploy(user, "matrix-probe.bpmn", PROBE).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
      }
    });
    cells.put("policies", api(HttpMethod.GET, "/api/policies", null, HttpStatus.OK));
    cells.put("surveys", api(HttpMethod.GET, "/api/surveys", null, HttpStatus.OK));
    cells.put("visits", api(HttpMethod.GET, "/api/visits", null, HttpStatus.OK));
    cells.put("metrics", api(HttpMethod.GET, "/actuator/prometheus", null, HttpStatus.OK));
    return cells;
  }

  /** Claims or completes the task for real when refused; when allowed, asks the engine whether TASK_WORK is granted. */
  private Cell taskWork(String taskId, String action, String bodyFormat) {
    return (user, allowed) -> {
      if (allowed) {
        assertThat(authorized(user, "TASK_WORK", "Task", 7, taskId)).isTrue();
      } else {
        refused(user, HttpMethod.POST, ENGINE + "/task/" + taskId + action, bodyFormat.formatted(user));
      }
    };
  }

  private Cell api(HttpMethod method, String path, String body, HttpStatus success) {
    return (user, allowed) -> calls.exchange(user, method, path, body, allowed ? success : HttpStatus.FORBIDDEN);
  }

  private void refused(String user, HttpMethod method, String path, String body) {
    ResponseEntity<String> response = calls.send(user, method, path, body);
    assertThat(response.getStatusCode().value()).as("%s %s as %s: %s", method, path, user, response.getBody())
        .isIn(403, 404);
  }

  /** The engine's own answer: does the user hold the permission on the resource? */
  private boolean authorized(String user, String permission, String resourceName, int resourceType, String id) {
    return calls.call(user, HttpMethod.GET, ENGINE + "/authorization/check?permissionName=" + permission
        + "&resourceName=" + resourceName + "&resourceType=" + resourceType + "&resourceId=" + id, null, HttpStatus.OK)
        .path("authorized").asBoolean();
  }

  // --- the cases ----------------------------------------------------------------------------------------------------

  /** Three cases submitted on one August day of 2026 (its own, so that no other test's case numbers mix in). */
  private Cases givenCases(int day) {
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 8, day, 10, 0, 0, 0, StewardClock.ZONE).toInstant()));
    try {
      String a = submit("ent01", "矩阵：已交办");
      String b = submit("ent01", "矩阵：待签收");
      String c = submit("ent04", "矩阵：他人诉求");
      complete("zhangwei", task("zhangwei", a, ACKNOWLEDGE_REQUEST).path("id").asText(),
          ApiCalls.completion("firstAnswer", "已收到。"));
      complete("zhangwei", task("zhangwei", a, DECIDE_HANDLING).path("id").asText(), ApiCalls.completion(
          "decision", "HAND_OVER", "leadDepartment", "power", "cooperatingDepartments", "", "timeLimit", 5));
      String queueTask = task("admin", a, DepartmentHandlingProcess.HANDLE_MATTER).path("id").asText();
      String officerTask = task("admin", b, ACKNOWLEDGE_REQUEST).path("id").asText();
      String instanceC = calls.call("admin", HttpMethod.GET, ENGINE + "/process-instance?processDefinitionKey="
          + "enterprise-request&businessKey=" + c, null, HttpStatus.OK).get(0).path("id").asText();
      return new Cases(a, b, c, queueTask, officerTask, instanceC);
    } finally {
      ClockUtil.reset();
    }
  }

  private String submit(String enterpriseUser, String title) {
    long enterprise = directory.enterpriseOfUser(enterpriseUser).orElseThrow().id();
    return calls.call(enterpriseUser, HttpMethod.POST, "/api/requests", RequestFixtures.body(enterprise, title),
        HttpStatus.CREATED).path("caseNumber").asText();
  }

  private JsonNode task(String user, String caseNumber, String taskKey) {
    JsonNode tasks = calls.call(user, HttpMethod.GET, ENGINE + "/task?processInstanceBusinessKey=" + caseNumber
        + "&taskDefinitionKey=" + taskKey, null, HttpStatus.OK);
    assertThat(tasks).as("%s sees one %s in %s", user, taskKey, caseNumber).hasSize(1);
    return tasks.get(0);
  }

  private void claimAndComplete(String user, String taskId) {
    calls.exchange(user, HttpMethod.POST, ENGINE + "/task/" + taskId + "/claim", "{\"userId\": \"" + user + "\"}",
        HttpStatus.NO_CONTENT);
    complete(user, taskId, ApiCalls.completion("action", "FEEDBACK", "feedback", "已办结"));
  }

  private void complete(String user, String taskId, String body) {
    calls.exchange(user, HttpMethod.POST, ENGINE + "/task/" + taskId + "/complete", body, HttpStatus.NO_CONTENT);
  }
}
