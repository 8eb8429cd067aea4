package org.steward.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.steward.EmbeddedPostgresConfiguration;
import org.steward.directory.DirectoryManagement;
import org.steward.handling.HandlingManagement;
import org.steward.request.process.EnterpriseRequestProcess;
import org.steward.shared.StewardClock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Enterprise requests on PostgreSQL, over HTTP: {@code /api/requests} for the enterprise, {@code /engine-rest} for the
 * officer's and the department's tasks, as the demo users. HANDLING is mocked and a one-task department-handling stands
 * in for its process (the lead's end-to-end IT runs both for real).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(EmbeddedPostgresConfiguration.class)
class RequestIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired
  TestRestTemplate http;
  @Autowired
  DirectoryManagement directory;
  @Autowired
  RequestManagement requests;
  @Autowired
  TaskService tasks;
  @Autowired
  RuntimeService runtime;
  @Autowired
  ManagementService management;
  @Autowired
  RepositoryService repository;
  @Autowired
  JdbcClient jdbc;

  @MockitoBean
  HandlingManagement handling;

  long ent01;

  @BeforeEach
  void setUp() {
    ent01 = directory.enterpriseOfUser("ent01").orElseThrow().id();
    RequestFixtures.deployStubDepartmentHandling(repository);
  }

  @Test
  void handedOverCase_isReopenedWhenUnsatisfied_resolvedOnTheSpot_andClosedWhenSatisfied() throws Exception {
    JsonNode submitted = api("ent01", HttpMethod.POST, "/api/requests", RequestFixtures.body(ent01, "新厂房用地指标"),
        HttpStatus.CREATED);
    String caseNumber = submitted.path("caseNumber").asText();
    assertThat(submitted.path("officer").asText()).isEqualTo("zhangwei");
    when(handling.handOver(eq(caseNumber), eq("resources"), eq(List.of("housing")), eq(10), anyString()))
        .thenReturn(List.of(7001L, 7002L));
    when(handling.currentRound(caseNumber)).thenReturn(1);
    when(handling.feedbackSummary(caseNumber, 1)).thenReturn("自然资源局（牵头）：已纳入批次");

    // the officer signs for and hands over in Tasklist's way: engine-rest, as himself
    completeOverRest("zhangwei", caseNumber, EnterpriseRequestProcess.ACKNOWLEDGE_REQUEST,
        "{\"firstAnswer\": {\"value\": \"已收到，张伟负责。\", \"type\": \"String\"}}", HttpStatus.NO_CONTENT);
    ResponseEntity<String> refused = completeOverRest("zhangwei", caseNumber,
        EnterpriseRequestProcess.DECIDE_HANDLING, """
            {"decision": {"value": "HAND_OVER", "type": "String"}, "leadDepartment": {"value": " ", "type": "String"},
             "timeLimit": {"value": 10, "type": "Integer"}}""", HttpStatus.INTERNAL_SERVER_ERROR);
    assertThat(refused.getBody()).contains("牵头部门：不能为空");
    completeOverRest("zhangwei", caseNumber, EnterpriseRequestProcess.DECIDE_HANDLING, """
        {"decision": {"value": "HAND_OVER", "type": "String"}, "leadDepartment": {"value": "resources", "type": "String"},
         "cooperatingDepartments": {"value": "housing", "type": "String"}, "timeLimit": {"value": 10, "type": "Integer"}}""",
        HttpStatus.NO_CONTENT);
    assertThat(row(caseNumber)).containsEntry("state", "HANDLING").containsEntry("outcome", "TRACKED")
        .containsEntry("lead_department", "resources");

    tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).taskDefinitionKey(RequestFixtures.STUB_UNIT_TASK)
        .list().forEach(unit -> tasks.complete(unit.getId()));
    String consolidate = taskId(caseNumber, EnterpriseRequestProcess.CONSOLIDATE_FEEDBACK);
    rest("resources01", HttpMethod.POST, "/engine-rest/task/" + consolidate + "/claim",
        "{\"userId\": \"resources01\"}", HttpStatus.NO_CONTENT);
    completeOverRest("resources01", caseNumber, EnterpriseRequestProcess.CONSOLIDATE_FEEDBACK,
        "{\"consolidatedAnswer\": {\"value\": \"已纳入下一批次。\", \"type\": \"String\"}}", HttpStatus.NO_CONTENT);
    completeOverRest("zhangwei", caseNumber, EnterpriseRequestProcess.REPLY_TO_ENTERPRISE,
        "{\"reply\": {\"value\": \"已纳入下一批次，月底批复。\", \"type\": \"String\"}}", HttpStatus.NO_CONTENT);

    // the enterprise rates before the visit task exists: unsatisfied, the case is reopened
    JsonNode reopened = api("ent01", HttpMethod.POST, "/api/requests/" + caseNumber + "/satisfaction",
        "{\"satisfaction\": \"UNSATISFIED\", \"comment\": \"太慢\"}", HttpStatus.OK);
    assertThat(reopened.path("state").asText()).isEqualTo("ACKNOWLEDGED");
    assertThat(reopened.path("reopenCount").asInt()).isEqualTo(1);

    completeOverRest("zhangwei", caseNumber, EnterpriseRequestProcess.DECIDE_HANDLING, """
        {"decision": {"value": "RESOLVE_DIRECTLY", "type": "String"},
         "answer": {"value": "已协调自然资源局提前批复。", "type": "String"}}""", HttpStatus.NO_CONTENT);
    management.executeJob(management.createJobQuery().processInstanceId(instanceOf(caseNumber))
        .activityId(EnterpriseRequestProcess.NEXT_WORKING_DAY).singleResult().getId());
    assertThat(taskId(caseNumber, EnterpriseRequestProcess.RETURN_VISIT)).isNotNull();

    JsonNode closed = api("ent01", HttpMethod.POST, "/api/requests/" + caseNumber + "/satisfaction",
        "{\"satisfaction\": \"BASICALLY_SATISFIED\"}", HttpStatus.OK);

    assertThat(closed.path("state").asText()).isEqualTo("CLOSED");
    assertThat(closed.path("closedAt").asText()).endsWith("+08:00");
    assertThat(row(caseNumber)).containsEntry("state", "CLOSED").containsEntry("outcome", "RESOLVED_DIRECTLY")
        .containsEntry("reopen_count", 1).containsEntry("satisfaction", "BASICALLY_SATISFIED")
        .containsEntry("rated_by", "ent01").containsEntry("officer_id", "zhangwei");
    List<String> actions = new ArrayList<>();
    closed.path("timeline").forEach(step -> actions.add(step.path("action").asText()));
    assertThat(actions).containsSubsequence("SUBMITTED", "ROUTED", "ACKNOWLEDGED", "HANDLING_FINISHED",
        "CONSOLIDATED", "REPLIED", "SATISFACTION_RATED", "REOPENED", "RESOLVED_DIRECTLY", "SATISFACTION_RATED",
        "CLOSED");
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).count()).isZero();
  }

  @Test
  void idempotencyKey_repeatAnswersTheSameCase_otherBody409_forbiddenAndBadInputStoreNothing() throws Exception {
    String key = "it-" + System.nanoTime();
    HttpHeaders headers = jsonHeaders();
    headers.set("Idempotency-Key", key);
    ResponseEntity<String> first = http.withBasicAuth("ent01", "demo").exchange("/api/requests", HttpMethod.POST,
        new HttpEntity<>(RequestFixtures.body(ent01, "幂等"), headers), String.class);
    ResponseEntity<String> repeat = http.withBasicAuth("ent01", "demo").exchange("/api/requests", HttpMethod.POST,
        new HttpEntity<>(RequestFixtures.body(ent01, "幂等"), headers), String.class);
    ResponseEntity<String> other = http.withBasicAuth("ent01", "demo").exchange("/api/requests", HttpMethod.POST,
        new HttpEntity<>(RequestFixtures.body(ent01, "另一件"), headers), String.class);

    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(repeat.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(JSON.readTree(repeat.getBody()).path("caseNumber"))
        .isEqualTo(JSON.readTree(first.getBody()).path("caseNumber"));
    assertThat(other.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

    long before = jdbc.sql("select count(*) from request").query(Long.class).single();
    long ent02 = directory.enterpriseOfUser("ent02").orElseThrow().id();
    api("ent01", HttpMethod.POST, "/api/requests", RequestFixtures.body(ent02, "替别人"), HttpStatus.FORBIDDEN);
    api("ent01", HttpMethod.POST, "/api/requests", RequestFixtures.body(ent01, "长".repeat(101)),
        HttpStatus.BAD_REQUEST);
    assertThat(jdbc.sql("select count(*) from request").query(Long.class).single()).isEqualTo(before);
  }

  @Test
  void concurrentSubmissionsOnANewDay_getConsecutiveDistinctCaseNumbers() throws Exception {
    ZonedDateTime day = ZonedDateTime.of(2031, 3, 5, 9, 0, 0, 0, StewardClock.ZONE);
    ClockUtil.setCurrentTime(Date.from(day.toInstant()));
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Callable<String>> submissions = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        NewRequest request = RequestFixtures.request(ent01, "并发提交 " + i);
        submissions.add(() -> requests.submit(request, "admin", null).request().caseNumber());
      }
      List<String> numbers = new ArrayList<>();
      for (Future<String> number : pool.invokeAll(submissions)) {
        numbers.add(number.get());
      }

      assertThat(numbers).containsExactlyInAnyOrder("QY20310305-0001", "QY20310305-0002", "QY20310305-0003",
          "QY20310305-0004", "QY20310305-0005", "QY20310305-0006");
    } finally {
      pool.shutdownNow();
      ClockUtil.reset();
    }
  }

  private JsonNode api(String user, HttpMethod method, String path, String body, HttpStatus expected)
      throws Exception {
    ResponseEntity<String> response = rest(user, method, path, body, expected);
    return JSON.readTree(response.getBody());
  }

  private ResponseEntity<String> rest(String user, HttpMethod method, String path, String body, HttpStatus expected) {
    ResponseEntity<String> response = http.withBasicAuth(user, "demo").exchange(path, method,
        new HttpEntity<>(body, jsonHeaders()), String.class);
    assertThat(response.getStatusCode()).as(method + " " + path + ": " + response.getBody()).isEqualTo(expected);
    return response;
  }

  private ResponseEntity<String> completeOverRest(String user, String caseNumber, String taskKey, String variables,
      HttpStatus expected) {
    return rest(user, HttpMethod.POST, "/engine-rest/task/" + taskId(caseNumber, taskKey) + "/complete",
        "{\"variables\": " + variables + "}", expected);
  }

  private String taskId(String caseNumber, String taskKey) {
    return tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).taskDefinitionKey(taskKey).singleResult()
        .getId();
  }

  private String instanceOf(String caseNumber) {
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
        .processDefinitionKey(EnterpriseRequestProcess.ID).singleResult().getId();
  }

  private Map<String, Object> row(String caseNumber) {
    return jdbc.sql("select * from request where case_number = :caseNumber").param("caseNumber", caseNumber)
        .query().singleRow();
  }

  private static HttpHeaders jsonHeaders() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return headers;
  }
}
