package org.steward;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.steward.directory.DirectoryManagement;
import org.steward.request.RequestFixtures;
import org.steward.shared.StewardClock;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The forgeries of issue 11, tried as a tester would: demo users over {@code /engine-rest} with their own passwords,
 * on PostgreSQL. A completion that names another record in a variable ({@code unitId}, {@code opinionId},
 * {@code orderId}, {@code ratedBy}) is refused as a whole (400: its form does not declare the variable) and reaches
 * neither that record nor its own (the steps, besides, find their record by their own process instance, which the
 * process tests prove with the guard absent); a process started for a record that does not wait for
 * one (even by the administrator, who may start processes) is refused at its first step and leaves nothing behind; a
 * note the model requires is required. Each test asserts the stored state first: the tables, the timeline and the
 * tasks.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "steward.demo.enabled=true")
@ActiveProfiles("test")
@Import(EmbeddedPostgresConfiguration.class)
class ForgeryIT {


  @Autowired
  TestRestTemplate http;
  @Autowired
  DirectoryManagement directory;
  @Autowired
  JdbcClient jdbc;

  private ApiCalls calls;
  private long ent01;

  @BeforeEach
  void setUp() {
    calls = new ApiCalls(http, "demo");
    ent01 = directory.enterpriseOfUser("ent01").orElseThrow().id();
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  // --- (a) unitId ----------------------------------------------------------------------------------------------------

  @Test
  void departmentReportsOnItsOwnCase_withAnotherCasesUnitId_isRefused_andNoUnitChanges() {
    at(2026, 8, 3, 10);
    String caseA = handedOver("厂区供水管网改造", "water");
    String caseB = handedOver("新厂房报建", "housing");
    long unitA = unitOf(caseA);
    long unitB = unitOf(caseB);
    signFor("water01", caseA);
    signFor("housing01", caseB);
    Map<String, Object> unitABefore = unitRow(unitA);
    int timelineA = timeline(caseA).size();

    ResponseEntity<String> forged = tryComplete("housing01", caseB, "UserTask_HandleMatter", "action", "FEEDBACK",
        "feedback", "伪造", "unitId", (int) unitA);

    assertThat(unitRow(unitA)).as("case A's unit").isEqualTo(unitABefore);
    assertThat(timeline(caseA)).hasSize(timelineA);
    assertThat(openTasks(caseA, "UserTask_HandleMatter")).isOne();
    refused(forged);
    assertThat(unitRow(unitB)).containsEntry("state", "SIGNED");
    assertThat(state(caseB)).isEqualTo("HANDLING");
    assertThat(state(caseA)).isEqualTo("HANDLING");
  }

  // --- (b) opinionId -------------------------------------------------------------------------------------------------

  @Test
  void officerGivesAnOpinion_withAnotherOfficersOpinionId_isRefused_andNoOpinionChanges() {
    at(2026, 8, 4, 10);
    String caseNumber = acknowledged("新厂房用地能否先行");
    JsonNode convening = calls.call("zhangwei", HttpMethod.POST, "/api/cases/" + caseNumber + "/convenings",
        "{\"question\": \"能否先行办理临时用地？\", \"officers\": [\"liuyang\", \"wangjing\"], \"timeLimit\": 3}",
        HttpStatus.CREATED);
    long conveningId = convening.path("id").asLong();
    long wangjing = opinionId(conveningId, "wangjing");
    long liuyang = opinionId(conveningId, "liuyang");
    Map<String, Object> wangjingBefore = opinionRow(wangjing);

    ResponseEntity<String> forged = tryComplete("liuyang", caseNumber, "UserTask_GiveOpinion", "opinion", "伪造",
        "opinionId", (int) wangjing);

    assertThat(opinionRow(wangjing)).as("wangjing's opinion").isEqualTo(wangjingBefore);
    assertThat(openTasks(caseNumber, "UserTask_GiveOpinion", "wangjing")).isOne();
    assertThat(timeline(caseNumber)).noneMatch(entry -> "OPINION_GIVEN".equals(entry.get("action"))
        && !"liuyang".equals(entry.get("actor")));
    refused(forged);
    assertThat(opinionRow(liuyang)).containsEntry("state", "OPEN");
  }

  // --- (c) orderId ---------------------------------------------------------------------------------------------------

  @Test
  void departmentAnswersItsOwnOrder_withAnotherDepartmentsOrderIdOnAnotherCase_isRefused_andNoOrderChanges() {
    at(2026, 8, 5, 10);
    String caseA = handedOver("厂区排水接驳", "water");
    String caseB = handedOver("厂房消防验收", "housing");
    long orderA = issueOrder(caseA, "water");
    long orderB = issueOrder(caseB, "housing");
    calls.exchange("water01", HttpMethod.POST, "/api/supervision-orders/" + orderA + "/sign", null, HttpStatus.OK);
    calls.exchange("housing01", HttpMethod.POST, "/api/supervision-orders/" + orderB + "/sign", null, HttpStatus.OK);
    Map<String, Object> orderBBefore = orderRow(orderB);
    int timelineB = timeline(caseB).size();

    ResponseEntity<String> forged = tryComplete("water01", caseA, "UserTask_ReportBack", "answer", "伪造",
        "orderId", (int) orderB);

    assertThat(orderRow(orderB)).as("the housing bureau's order on case B").isEqualTo(orderBBefore);
    assertThat(timeline(caseB)).hasSize(timelineB);
    assertThat(openTasks(caseB, "UserTask_ReportBack")).isOne();
    refused(forged);
    assertThat(orderRow(orderA)).containsEntry("state", "SIGNED");
  }

  // --- (d) ratedBy ---------------------------------------------------------------------------------------------------

  @Test
  void officerCompletesTheReturnVisit_withRatedByAnEnterprise_isRefused_andNothingIsRated() {
    at(2026, 8, 6, 10);
    String caseNumber = acknowledged("营业执照变更咨询");
    complete("zhangwei", caseNumber, "UserTask_DecideHandling", "decision", "RESOLVE_DIRECTLY", "answer",
        "可在政务中心当天办理。");
    at(2026, 8, 7, 10);
    fireTimers(caseNumber, "Event_NextWorkingDay");

    ResponseEntity<String> forged = tryComplete("zhangwei", caseNumber, "UserTask_ReturnVisit", "satisfaction",
        "SATISFIED", "ratedBy", "ent04");

    assertThat(timeline(caseNumber)).noneMatch(entry -> "ent04".equals(entry.get("actor")));
    Map<String, Object> request = requestRow(caseNumber);
    refused(forged);
    assertThat(request).containsEntry("rated_by", null).containsEntry("state", "RETURN_VISIT");
  }

  // --- (e) a second enterprise-request for a case --------------------------------------------------------------------

  @Test
  void administratorStartsEnterpriseRequestForAnExistingCase_isRefused_andNothingChanges() {
    at(2026, 8, 10, 10);
    String caseNumber = submit("新厂房用电报装");
    int timeline = timeline(caseNumber).size();
    Map<String, Object> request = requestRow(caseNumber);

    ResponseEntity<String> forged = calls.send("admin", HttpMethod.POST,
        "/engine-rest/process-definition/key/enterprise-request/start", """
            {"businessKey": "%s", "variables": {
              "caseNumber": {"value": "%s", "type": "String"}, "enterpriseId": {"value": %d, "type": "Long"},
              "enterpriseName": {"value": "伪造企业", "type": "String"}, "title": {"value": "伪造", "type": "String"},
              "category": {"value": "power", "type": "String"}, "urgency": {"value": "NORMAL", "type": "String"},
              "officer": {"value": "liuyang", "type": "String"}, "light": {"value": "GREEN", "type": "String"}}}
            """.formatted(caseNumber, caseNumber, ent01));

    assertThat(forged.getStatusCode()).as("start answered %s", forged.getBody()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(instances("enterprise-request", caseNumber)).isOne();
    assertThat(openTasks(caseNumber, "UserTask_AcknowledgeRequest")).isOne();
    assertThat(timeline(caseNumber)).hasSize(timeline);
    assertThat(requestRow(caseNumber)).isEqualTo(request);
  }

  // --- (f) department-handling for a finished unit -------------------------------------------------------------------

  @Test
  void administratorStartsDepartmentHandlingForAFinishedUnit_isRefused_andNoTaskAppears() {
    at(2026, 8, 11, 10);
    String caseNumber = handedOver("厂区供水增容", "water");
    long unit = unitOf(caseNumber);
    complete("water01", caseNumber, "UserTask_HandleMatter", "action", "FEEDBACK", "feedback", "已完成增容");
    Map<String, Object> finished = unitRow(unit);
    int timeline = timeline(caseNumber).size();

    ResponseEntity<String> forged = calls.send("admin", HttpMethod.POST,
        "/engine-rest/process-definition/key/department-handling/start", """
            {"businessKey": "%s", "variables": {
              "caseNumber": {"value": "%s", "type": "String"}, "unitId": {"value": %d, "type": "Long"},
              "enterpriseName": {"value": "伪造企业", "type": "String"}, "title": {"value": "伪造", "type": "String"}}}
            """.formatted(caseNumber, caseNumber, unit));

    assertThat(forged.getStatusCode()).as("start answered %s", forged.getBody()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(instances("department-handling", caseNumber)).isZero();
    assertThat(openTasks(caseNumber, "UserTask_HandleMatter")).isZero();
    assertThat(unitRow(unit)).isEqualTo(finished);
    assertThat(timeline(caseNumber)).hasSize(timeline);
  }

  // --- required notes ------------------------------------------------------------------------------------------------

  @Test
  void supervisorCompletes督促首次响应WithABlankNote_isRefused_andTheItemStaysOpen() {
    at(2026, 8, 12, 10);
    String caseNumber = submit("厂区道路命名");
    at(2026, 8, 13, 11);
    fireTimers(caseNumber, "BoundaryEvent_ResponseOverdue");
    int timeline = timeline(caseNumber).size();

    ResponseEntity<String> refused = tryComplete("chenjianguo", caseNumber, "UserTask_SuperviseResponse",
        "supervisionNote", "  ");

    assertThat(refused.getStatusCode()).as("completion answered %s", refused.getBody())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(jdbc.sql("select count(*) from supervision_item where case_number = ? and closed_at is null")
        .param(caseNumber).query(Long.class).single()).isOne();
    assertThat(openTasks(caseNumber, "UserTask_SuperviseResponse")).isOne();
    assertThat(timeline(caseNumber)).hasSize(timeline);
  }

  // --- cases ---------------------------------------------------------------------------------------------------------

  private String submit(String title) {
    return calls.call("ent01", HttpMethod.POST, "/api/requests", RequestFixtures.body(ent01, title),
        HttpStatus.CREATED).path("caseNumber").asText();
  }

  /** A case of ent01 that its officer zhangwei has signed for. */
  private String acknowledged(String title) {
    String caseNumber = submit(title);
    complete("zhangwei", caseNumber, "UserTask_AcknowledgeRequest", "firstAnswer", "已收到，张伟负责跟进。");
    return caseNumber;
  }

  /** A signed case handed over to one lead department, 10 working days. */
  private String handedOver(String title, String department) {
    String caseNumber = acknowledged(title);
    complete("zhangwei", caseNumber, "UserTask_DecideHandling", "decision", "HAND_OVER", "leadDepartment", department,
        "cooperatingDepartments", "", "timeLimit", 10);
    return caseNumber;
  }

  private long issueOrder(String caseNumber, String department) {
    return calls.call("chenjianguo", HttpMethod.POST, "/api/supervision-orders", """
        {"caseNumber": "%s", "department": "%s", "requirement": "三个工作日内拿出方案", "timeLimit": 3}
        """.formatted(caseNumber, department), HttpStatus.CREATED).path("id").asLong();
  }

  // --- stored state --------------------------------------------------------------------------------------------------

  private long unitOf(String caseNumber) {
    return jdbc.sql("select id from handling_unit where case_number = ?").param(caseNumber).query(Long.class).single();
  }

  private Map<String, Object> unitRow(long id) {
    return jdbc.sql("select * from handling_unit where id = ?").param(id).query().singleRow();
  }

  private long opinionId(long conveningId, String officer) {
    return jdbc.sql("select id from convening_opinion where convening_id = ? and officer_id = ?")
        .param(conveningId).param(officer).query(Long.class).single();
  }

  private Map<String, Object> opinionRow(long id) {
    return jdbc.sql("select * from convening_opinion where id = ?").param(id).query().singleRow();
  }

  private Map<String, Object> orderRow(long id) {
    return jdbc.sql("select * from supervision_order where id = ?").param(id).query().singleRow();
  }

  private Map<String, Object> requestRow(String caseNumber) {
    return jdbc.sql("select * from request where case_number = ?").param(caseNumber).query().singleRow();
  }

  private String state(String caseNumber) {
    return (String) requestRow(caseNumber).get("state");
  }

  private List<Map<String, Object>> timeline(String caseNumber) {
    return jdbc.sql("select action, actor, description from timeline_entry where case_number = ? order by id")
        .param(caseNumber).query().listOfRows();
  }

  // --- engine-rest as the demo users ---------------------------------------------------------------------------------

  /** The completion guard refuses a variable the form does not declare: 400, and the whole completion is undone. */
  private static void refused(ResponseEntity<String> forged) {
    assertThat(forged.getStatusCode()).as("forged completion: %s", forged.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  /** The department's user takes its matter in its queue, which signs for it (签收). */
  private void signFor(String user, String caseNumber) {
    String id = tasks(user, caseNumber, "UserTask_HandleMatter").get(0).path("id").asText();
    calls.exchange(user, HttpMethod.POST, "/engine-rest/task/" + id + "/claim", "{\"userId\": \"" + user + "\"}",
        HttpStatus.NO_CONTENT);
  }

  private void complete(String user, String caseNumber, String taskKey, Object... namesAndValues) {
    ResponseEntity<String> response = tryComplete(user, caseNumber, taskKey, namesAndValues);
    assertThat(response.getStatusCode()).as("%s completes %s: %s", user, taskKey, response.getBody())
        .isEqualTo(HttpStatus.NO_CONTENT);
  }

  /** The user finds their one task of that kind in the case, claims it if nobody has, and completes it. */
  private ResponseEntity<String> tryComplete(String user, String caseNumber, String taskKey, Object... namesAndValues) {
    // a convening's opinion tasks are all in one instance: the user's own is the one assigned to them
    List<JsonNode> tasks = tasks(user, caseNumber, taskKey).stream()
        .filter(task -> task.path("assignee").isNull() || user.equals(task.path("assignee").asText())).toList();
    assertThat(tasks).as("%s sees one %s in %s", user, taskKey, caseNumber).hasSize(1);
    String id = tasks.get(0).path("id").asText();
    if (tasks.get(0).path("assignee").isNull()) {
      calls.exchange(user, HttpMethod.POST, "/engine-rest/task/" + id + "/claim", "{\"userId\": \"" + user + "\"}",
          HttpStatus.NO_CONTENT);
    }
    return calls.send(user, HttpMethod.POST, "/engine-rest/task/" + id + "/complete",
        ApiCalls.completion(namesAndValues));
  }

  private List<JsonNode> tasks(String user, String caseNumber, String taskKey) {
    List<JsonNode> tasks = new ArrayList<>();
    calls.call(user, HttpMethod.GET, "/engine-rest/task?processInstanceBusinessKey=" + caseNumber
        + "&taskDefinitionKey=" + taskKey, null, HttpStatus.OK).forEach(tasks::add);
    return tasks;
  }

  /** The open tasks of that kind in the case (as the administrator sees them), or only those assigned to someone. */
  private long openTasks(String caseNumber, String taskKey, String... assignee) {
    return calls.call("admin", HttpMethod.GET, "/engine-rest/task/count?processInstanceBusinessKey=" + caseNumber
        + "&taskDefinitionKey=" + taskKey + (assignee.length == 0 ? "" : "&assignee=" + assignee[0]), null,
        HttpStatus.OK).path("count").asLong();
  }

  private long instances(String processKey, String caseNumber) {
    return calls.call("admin", HttpMethod.GET, "/engine-rest/process-instance/count?processDefinitionKey=" + processKey
        + "&businessKey=" + caseNumber, null, HttpStatus.OK).path("count").asLong();
  }

  /** The administrator executes the timer jobs of that event in every process instance of the case. */
  private void fireTimers(String caseNumber, String activityId) {
    List<String> jobs = new ArrayList<>();
    for (JsonNode instance : calls.call("admin", HttpMethod.GET, "/engine-rest/process-instance?businessKey="
        + caseNumber, null, HttpStatus.OK)) {
      calls.call("admin", HttpMethod.GET, "/engine-rest/job?processInstanceId=" + instance.path("id").asText()
          + "&activityId=" + activityId, null, HttpStatus.OK).forEach(job -> jobs.add(job.path("id").asText()));
    }
    assertThat(jobs).as("timer jobs of %s in %s", activityId, caseNumber).isNotEmpty();
    jobs.forEach(job -> calls.exchange("admin", HttpMethod.POST, "/engine-rest/job/" + job + "/execute", null,
        HttpStatus.NO_CONTENT));
  }

  /** Sets the engine clock (also Steward's) to that hour in Asia/Shanghai. */
  private static void at(int year, int month, int day, int hour) {
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(LocalDate.of(year, month, day).atTime(hour, 0),
        StewardClock.ZONE).toInstant()));
  }
}
