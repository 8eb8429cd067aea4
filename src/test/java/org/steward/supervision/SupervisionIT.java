package org.steward.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.request.process.EnterpriseRequestProcess.ACKNOWLEDGE_REQUEST;
import static org.steward.request.process.EnterpriseRequestProcess.DECIDE_HANDLING;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.steward.ApiCalls;
import org.steward.EmbeddedPostgresConfiguration;
import org.steward.calendar.WorkingDayCalendar;
import org.steward.directory.DirectoryManagement;
import org.steward.handling.process.DepartmentHandlingProcess;
import org.steward.notification.Notification;
import org.steward.notification.Notifications;
import org.steward.request.RequestFixtures;
import org.steward.shared.StewardClock;
import org.steward.supervision.process.SupervisionOrderProcess;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Urges and supervision orders end to end on PostgreSQL, nothing mocked: the enterprise submits a real request through
 * {@code /api/requests}, its officer hands it over to the power department in Tasklist's way ({@code /engine-rest} as
 * himself); the supervisor urges and issues a supervision order through {@code /api}; the department's staff sign for
 * and answer it, and the supervisor reviews it, through {@code /engine-rest} as themselves; timers fire because the
 * administrator executes their jobs after the engine clock was moved. Each test starts on its own day.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "steward.demo.enabled=true")
@ActiveProfiles("test")
@Import(EmbeddedPostgresConfiguration.class)
class SupervisionIT {

  private static final String PASSWORD = "demo";
  private static final String SUPERVISOR = "chenjianguo";
  private static final String STAFF = "power01";

  @Autowired
  TestRestTemplate http;
  ApiCalls api;
  @Autowired
  DirectoryManagement directory;
  @Autowired
  WorkingDayCalendar calendar;
  @Autowired
  Notifications notifications;
  @Autowired
  JdbcClient jdbc;

  long ent01;

  @BeforeEach
  void setUp() {
    api = new ApiCalls(http, PASSWORD);
    ent01 = directory.enterpriseOfUser("ent01").orElseThrow().id();
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void supervisorUrgesTheDepartment_issuesAnOrderOnItsUnit_departmentSignsAndAnswers_ledgerShowsItUntilAnswered() {
    at(2026, 11, 9, 10);
    String caseNumber = handedOverToPower("新厂房临时用电");

    JsonNode urged = api.call(SUPERVISOR, HttpMethod.POST, "/api/cases/" + caseNumber + "/urges",
        "{\"message\": \"企业急需临时用电，请今天签收\"}", HttpStatus.CREATED);
    assertThat(urged).singleElement().satisfies(urge -> {
      assertThat(urge.path("targetKind").asText()).isEqualTo("GROUP");
      assertThat(urge.path("target").asText()).isEqualTo("dept-power");
    });
    assertThat(api.call("zhangwei", HttpMethod.GET, "/api/cases/" + caseNumber + "/urges", null, HttpStatus.OK)
        .path("count").asLong()).isEqualTo(1);
    assertThat(jdbc.sql("select count(*) from urge where case_number = ? and target = 'dept-power' and urged_by = ?")
        .param(caseNumber).param(SUPERVISOR).query(Long.class).single()).isEqualTo(1);
    assertThat(notifications.ofCase(caseNumber)).filteredOn(n -> n.kind().equals("URGE"))
        .extracting(Notification::recipient).containsExactly("dept-power");
    assertThat(timeline(caseNumber)).contains("URGED");
    // the department sees it on the task itself: 【已催办】 in the list, under the 已催办 filter, the urge in its history
    JsonNode urgedTask = api.call(STAFF, HttpMethod.GET, "/engine-rest/task?processInstanceBusinessKey=" + caseNumber,
        null, HttpStatus.OK).get(0);
    assertThat(urgedTask.path("name").asText()).startsWith("【已催办】签收并办理｜" + caseNumber);
    assertThat(api.call(STAFF, HttpMethod.GET, "/engine-rest/task/" + urgedTask.path("id").asText() + "/comment", null,
        HttpStatus.OK).findValuesAsText("message")).containsExactly("陈建国催办：企业急需临时用电，请今天签收");
    String urgedFilter = api.call(STAFF, HttpMethod.GET, "/engine-rest/filter?name=已催办", null, HttpStatus.OK).get(0)
        .path("id").asText();
    assertThat(api.call(STAFF, HttpMethod.GET, "/engine-rest/filter/" + urgedFilter + "/list", null, HttpStatus.OK)
        .findValuesAsText("id")).contains(urgedTask.path("id").asText());

    long unitId = jdbc.sql("select id from handling_unit where case_number = ?").param(caseNumber)
        .query(Long.class).single();
    JsonNode order = api.call(SUPERVISOR, HttpMethod.POST, "/api/supervision-orders", """
        {"caseNumber": "%s", "unitId": %d, "requirement": "两个工作日内完成临时用电接入并反馈", "timeLimit": 2}
        """.formatted(caseNumber, unitId), HttpStatus.CREATED);
    long id = order.path("id").asLong();
    assertThat(order.path("target").asText()).isEqualTo("power");
    assertThat(order.path("targetKind").asText()).isEqualTo("DEPARTMENT");
    assertThat(order.path("dueDate").asText())
        .isEqualTo(calendar.addWorkingDays(LocalDate.of(2026, 11, 9), 2).toString());
    assertThat(supervisedOnLedger(caseNumber)).as("on the ledger until answered").isPresent().get()
        .satisfies(row -> assertThat(row.path("supervisionOrders").get(0).path("id").asLong()).isEqualTo(id));
    assertThat(tasks("zhangwei", caseNumber, SupervisionOrderProcess.SIGN_FOR_ORDER)).isEmpty();

    complete(STAFF, caseNumber, SupervisionOrderProcess.SIGN_FOR_ORDER);
    assertThat(state(id)).isEqualTo("SIGNED");
    complete(STAFF, caseNumber, SupervisionOrderProcess.REPORT_BACK, "answer", "已安排抢修班组，11月10日接入");
    assertThat(state(id)).isEqualTo("ANSWERED");
    assertThat(supervisedOnLedger(caseNumber)).as("answered: off the supervised ledger").isEmpty();

    complete(SUPERVISOR, caseNumber, SupervisionOrderProcess.REVIEW_ANSWER, "reviewResult", "REJECTED", "reviewNote",
        "请附接电验收单");
    assertThat(state(id)).isEqualTo("SIGNED");
    assertThat(supervisedOnLedger(caseNumber)).as("sent back: on the ledger again").isPresent();
    complete(STAFF, caseNumber, SupervisionOrderProcess.REPORT_BACK, "answer", "已接入，验收单已上传");
    complete(SUPERVISOR, caseNumber, SupervisionOrderProcess.REVIEW_ANSWER, "reviewResult", "ACCEPTED");

    JsonNode closed = api.call("lianxiban", HttpMethod.GET, "/api/supervision-orders/" + id, null, HttpStatus.OK);
    assertThat(closed.path("state").asText()).isEqualTo("CLOSED");
    assertThat(closed.path("answerCount").asInt()).isEqualTo(2);
    assertThat(closed.path("signedBy").asText()).isEqualTo(STAFF);
    assertThat(closed.path("answer").asText()).isEqualTo("已接入，验收单已上传");
    assertThat(openTasks(caseNumber, SupervisionOrderProcess.ID)).isZero();
    assertThat(timeline(caseNumber)).containsSubsequence("URGED", "SUPERVISION_ORDER_ISSUED",
        "SUPERVISION_ORDER_SIGNED", "SUPERVISION_ORDER_ANSWERED", "SUPERVISION_ORDER_REJECTED",
        "SUPERVISION_ORDER_ANSWERED", "SUPERVISION_ORDER_CLOSED");
    assertThat(notifications.ofCase(caseNumber)).extracting(Notification::kind, Notification::recipient)
        .contains(org.assertj.core.groups.Tuple.tuple("SUPERVISION_ORDER_ISSUED", "dept-power"),
            org.assertj.core.groups.Tuple.tuple("SUPERVISION_ORDER_ANSWERED", SUPERVISOR),
            org.assertj.core.groups.Tuple.tuple("SUPERVISION_ORDER_REJECTED", "dept-power"));
    assertThat(tasks(STAFF, caseNumber, DepartmentHandlingProcess.HANDLE_MATTER)).as("the unit's own task stays")
        .hasSize(1);
  }

  @Test
  void unansweredOrder_turnsYellowOnItsDueDateAndRedTheDayAfter_notifiedOnce() {
    at(2026, 11, 16, 10);
    String caseNumber = handedOverToPower("新厂房临时用水");
    JsonNode order = api.call("lianxiban", HttpMethod.POST, "/api/supervision-orders", """
        {"caseNumber": "%s", "department": "power", "requirement": "一个工作日内说明供电方案", "timeLimit": 1}
        """.formatted(caseNumber), HttpStatus.CREATED);
    long id = order.path("id").asLong();
    LocalDate due = LocalDate.parse(order.path("dueDate").asText());

    at(due, 8);
    api.executeJobs(caseNumber, SupervisionOrderProcess.ORDER_DUE_NEAR);
    assertThat(api.call(SUPERVISOR, HttpMethod.GET, "/api/supervision-orders/" + id, null, HttpStatus.OK)
        .path("light").asText()).isEqualTo("YELLOW");

    at(due.plusDays(1), 9);
    api.executeJobs(caseNumber, SupervisionOrderProcess.ORDER_OVERDUE);
    JsonNode red = api.call(SUPERVISOR, HttpMethod.GET, "/api/supervision-orders?light=RED&state=ISSUED", null,
        HttpStatus.OK);
    List<Long> redIds = new ArrayList<>();
    red.forEach(o -> redIds.add(o.path("id").asLong()));
    assertThat(redIds).contains(id);
    assertThat(notifications.ofCase(caseNumber)).extracting(Notification::kind, Notification::recipient)
        .containsOnlyOnce(org.assertj.core.groups.Tuple.tuple("SUPERVISION_ORDER_YELLOW", "dept-power"),
            org.assertj.core.groups.Tuple.tuple("SUPERVISION_ORDER_RED", "dept-power"),
            org.assertj.core.groups.Tuple.tuple("SUPERVISION_ORDER_RED", "lianxiban"));
    assertThat(supervisedOnLedger(caseNumber)).get()
        .satisfies(row -> assertThat(row.path("supervisionOrders").get(0).path("light").asText()).isEqualTo("RED"));

    api.call("housing01", HttpMethod.POST, "/api/supervision-orders/" + id + "/sign", "{}", HttpStatus.FORBIDDEN);
    JsonNode signed = api.call(STAFF, HttpMethod.POST, "/api/supervision-orders/" + id + "/sign", "{}", HttpStatus.OK);
    assertThat(signed.path("state").asText()).isEqualTo("SIGNED");
    assertThat(signed.path("light").asText()).isEqualTo("RED");
    assertThat(tasks(STAFF, caseNumber, SupervisionOrderProcess.REPORT_BACK)).as("in the department's queue")
        .hasSize(1);
    assertThat(tasks("housing01", caseNumber, SupervisionOrderProcess.REPORT_BACK)).isEmpty();
  }

  // --- the case ------------------------------------------------------------------------------------------------------

  /** A new request of ent01, acknowledged by zhangwei and handed over to the power department for 5 working days. */
  private String handedOverToPower(String title) {
    JsonNode submitted = api.call("ent01", HttpMethod.POST, "/api/requests", RequestFixtures.body(ent01, title),
        HttpStatus.CREATED);
    String caseNumber = submitted.path("caseNumber").asText();
    complete("zhangwei", caseNumber, ACKNOWLEDGE_REQUEST, "firstAnswer", "已收到，张伟负责跟进。");
    complete("zhangwei", caseNumber, DECIDE_HANDLING, "decision", "HAND_OVER", "leadDepartment", "power",
        "cooperatingDepartments", "", "timeLimit", 5);
    return caseNumber;
  }

  private String state(long id) {
    return api.call(SUPERVISOR, HttpMethod.GET, "/api/supervision-orders/" + id, null, HttpStatus.OK)
        .path("state").asText();
  }

  private java.util.Optional<JsonNode> supervisedOnLedger(String caseNumber) {
    JsonNode page = api.call(SUPERVISOR, HttpMethod.GET, "/api/ledger?supervised=true&size=200", null, HttpStatus.OK);
    List<JsonNode> rows = new ArrayList<>();
    page.path("items").forEach(rows::add);
    return rows.stream().filter(row -> row.path("caseNumber").asText().equals(caseNumber)).findFirst();
  }

  private List<String> timeline(String caseNumber) {
    List<String> actions = new ArrayList<>();
    api.call("zhangwei", HttpMethod.GET, "/api/requests/" + caseNumber, null, HttpStatus.OK).path("timeline")
        .forEach(step -> actions.add(step.path("action").asText()));
    return actions;
  }

  // --- staff in Tasklist's way: engine-rest as themselves ----------------------------------------------------------

  private void complete(String user, String caseNumber, String taskKey, Object... namesAndValues) {
    api.completeTask(user, caseNumber, taskKey, namesAndValues);
  }

  private List<JsonNode> tasks(String user, String caseNumber, String taskKey) {
    List<JsonNode> tasks = new ArrayList<>();
    api.call(user, HttpMethod.GET, "/engine-rest/task?processInstanceBusinessKey=" + caseNumber + "&taskDefinitionKey="
        + taskKey, null, HttpStatus.OK).forEach(tasks::add);
    return tasks;
  }

  private long openTasks(String caseNumber, String processKey) {
    return api.call("admin", HttpMethod.GET, "/engine-rest/task/count?processInstanceBusinessKey=" + caseNumber
        + "&processDefinitionKey=" + processKey, null, HttpStatus.OK).path("count").asLong();
  }


  // --- HTTP and clock ----------------------------------------------------------------------------------------------

  private static void at(int year, int month, int day, int hour) {
    at(LocalDate.of(year, month, day), hour);
  }

  private static void at(LocalDate day, int hour) {
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(day.atTime(hour, 0), StewardClock.ZONE).toInstant()));
  }
}
