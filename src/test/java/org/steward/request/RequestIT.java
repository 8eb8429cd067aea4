package org.steward.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.request.process.EnterpriseRequestProcess.ACKNOWLEDGE_REQUEST;
import static org.steward.request.process.EnterpriseRequestProcess.CONSOLIDATE_FEEDBACK;
import static org.steward.request.process.EnterpriseRequestProcess.DECIDE_HANDLING;
import static org.steward.request.process.EnterpriseRequestProcess.NEXT_WORKING_DAY;
import static org.steward.request.process.EnterpriseRequestProcess.REPLY_TO_ENTERPRISE;
import static org.steward.request.process.EnterpriseRequestProcess.RESPONSE_DUE_SOON;
import static org.steward.request.process.EnterpriseRequestProcess.RESPONSE_OVERDUE;
import static org.steward.request.process.EnterpriseRequestProcess.RETURN_VISIT;
import static org.steward.request.process.EnterpriseRequestProcess.SUPERVISE_RESPONSE;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
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
import org.steward.ApiCalls;
import org.steward.EmbeddedPostgresConfiguration;
import org.steward.calendar.WorkingDayCalendar;
import org.steward.directory.Department;
import org.steward.directory.DirectoryManagement;
import org.steward.handling.process.DepartmentHandlingProcess;
import org.steward.notification.Notification;
import org.steward.notification.Notifications;
import org.steward.shared.StewardClock;
import org.steward.supervision.SupervisionItem;
import org.steward.supervision.SupervisionManagement;
import org.steward.supervision.SupervisionReason;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Complete enterprise requests end to end on PostgreSQL, with nothing mocked: the enterprise submits and rates through
 * {@code /api/requests}; the officer, the departments' staff and the supervisor find, claim and complete their tasks
 * through {@code /engine-rest} as themselves, so that Camunda's authorizations decide what each one sees; timers fire
 * because the administrator executes their jobs over engine-rest after the engine clock was moved. Each test starts
 * on its own day, so its case numbers and ledger rows do not mix with the other tests'.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "steward.demo.enabled=true")
@ActiveProfiles("test")
@Import(EmbeddedPostgresConfiguration.class)
@ExtendWith(OutputCaptureExtension.class)
class RequestIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PASSWORD = "demo";

  @Autowired
  TestRestTemplate http;
  @Autowired
  DirectoryManagement directory;
  @Autowired
  RequestIntake requests;
  @Autowired
  WorkingDayCalendar calendar;
  @Autowired
  SupervisionManagement supervision;
  @Autowired
  Notifications notifications;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  RequestInstances instances;

  long ent01;

  @BeforeEach
  void setUp() {
    ent01 = directory.enterpriseOfUser("ent01").orElseThrow().id();
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void handedOverCase_extendedForTheCooperatingUnit_reopenedWhenUnsatisfied_closedWhenSatisfied() throws Exception {
    at(2026, 3, 9, 10);
    String caseNumber = submit("新厂房用地指标");
    complete("zhangwei", caseNumber, ACKNOWLEDGE_REQUEST, "firstAnswer", "已收到，张伟负责跟进。");
    handOver(caseNumber, "resources", "housing", 10);
    LocalDate due = calendar.addWorkingDays(LocalDate.of(2026, 3, 9), 10);

    at(2026, 3, 10, 9);
    signFor("resources01", caseNumber);
    signFor("housing01", caseNumber);
    LocalDate extended = calendar.addWorkingDays(due, 5);
    complete("housing01", caseNumber, DepartmentHandlingProcess.HANDLE_MATTER, "action", "EXTENSION",
        "requestedDueDate", extended.toString(), "reason", "需等待规划条件核实");
    complete("chenjianguo", caseNumber, DepartmentHandlingProcess.APPROVE_EXTENSION, "extensionDecision", "APPROVED",
        "decisionNote", "同意，请按期办结");

    JsonNode view = view("ent01", caseNumber);
    assertThat(unit(view, 1, "resources").path("dueDate").asText()).isEqualTo(due.toString());
    JsonNode housing = unit(view, 1, "housing");
    assertThat(housing.path("dueDate").asText()).isEqualTo(extended.toString());
    assertThat(housing.path("extensions")).singleElement().satisfies(extension -> {
      assertThat(extension.path("previousDueDate").asText()).isEqualTo(due.toString());
      assertThat(extension.path("requestedDueDate").asText()).isEqualTo(extended.toString());
      assertThat(extension.path("requestedBy").asText()).isEqualTo("housing01");
      assertThat(extension.path("approved").asBoolean()).isTrue();
      assertThat(extension.path("decidedBy").asText()).isEqualTo("chenjianguo");
    });

    at(2026, 3, 12, 15);
    complete("resources01", caseNumber, DepartmentHandlingProcess.HANDLE_MATTER, "action", "FEEDBACK", "feedback",
        "已纳入下一批次用地计划");
    // after the original due date, within the extended one: still done in time
    at(due.plusDays(2), 11);
    complete("housing01", caseNumber, DepartmentHandlingProcess.HANDLE_MATTER, "action", "FEEDBACK", "feedback",
        "规划条件已核实");
    assertThat(view("zhangwei", caseNumber).path("state").asText()).isEqualTo("CONSOLIDATING");
    JsonNode summary = variable("resources01", task("resources01", caseNumber, CONSOLIDATE_FEEDBACK),
        "feedbackSummary");
    assertThat(summary.path("value").asText()).contains("已纳入下一批次用地计划", "规划条件已核实");
    complete("resources01", caseNumber, CONSOLIDATE_FEEDBACK, "consolidatedAnswer", "用地指标已纳入下一批次，规划条件已核实。");
    complete("zhangwei", caseNumber, REPLY_TO_ENTERPRISE, "reply", "用地指标已纳入下一批次，月底批复。");

    LocalDate nextWorkingDay = calendar.addWorkingDays(StewardClock.today(), 1);
    at(nextWorkingDay, 11);
    fireTimers(caseNumber, NEXT_WORKING_DAY);
    assertThat(task("zhangwei", caseNumber, RETURN_VISIT).path("assignee").asText()).isEqualTo("zhangwei");
    JsonNode reopened = api("ent01", HttpMethod.POST, "/api/requests/" + caseNumber + "/satisfaction",
        "{\"satisfaction\": \"UNSATISFIED\", \"comment\": \"批复太慢\"}", HttpStatus.OK);

    assertThat(reopened.path("state").asText()).isEqualTo("ACKNOWLEDGED");
    assertThat(reopened.path("reopenCount").asInt()).isEqualTo(1);
    assertThat(reopened.path("closedAt").isNull()).isTrue();
    assertThat(variable("zhangwei", task("zhangwei", caseNumber, DECIDE_HANDLING), "returnReasons")
        .path("value").asText()).contains("不满意", "批复太慢");

    handOver(caseNumber, "resources", "", 5);
    signFor("resources01", caseNumber);
    complete("resources01", caseNumber, DepartmentHandlingProcess.HANDLE_MATTER, "action", "FEEDBACK", "feedback",
        "已提前批复");
    complete("resources01", caseNumber, CONSOLIDATE_FEEDBACK, "consolidatedAnswer", "用地指标已提前批复。");
    complete("zhangwei", caseNumber, REPLY_TO_ENTERPRISE, "reply", "用地指标已提前批复，请查收批文。");
    JsonNode closed = api("ent01", HttpMethod.POST, "/api/requests/" + caseNumber + "/satisfaction",
        "{\"satisfaction\": \"SATISFIED\", \"comment\": \"感谢\"}", HttpStatus.OK);

    assertThat(closed.path("state").asText()).isEqualTo("CLOSED");
    assertThat(closed.path("outcome").asText()).isEqualTo("TRACKED");
    assertThat(closed.path("satisfaction").asText()).isEqualTo("SATISFIED");
    assertThat(closed.path("reopenCount").asInt()).isEqualTo(1);
    assertThat(closed.path("closedAt").asText()).endsWith("+08:00");
    assertThat(closed.path("units")).hasSize(3);
    assertThat(unit(closed, 1, "resources").path("rating").asText()).isEqualTo("DONE");
    assertThat(unit(closed, 1, "housing").path("rating").asText()).isEqualTo("DONE");
    assertThat(unit(closed, 2, "resources").path("state").asText()).isEqualTo("FEEDBACK_GIVEN");
    assertThat(actions(closed)).containsSubsequence("SUBMITTED", "ROUTED", "ACKNOWLEDGED", "HANDED_OVER",
        "EXTENSION_REQUESTED", "EXTENSION_APPROVED", "HANDLING_FINISHED", "CONSOLIDATED", "REPLIED",
        "SATISFACTION_RATED", "REOPENED", "HANDED_OVER", "CONSOLIDATED", "REPLIED", "SATISFACTION_RATED", "CLOSED");
    assertThat(openTasks("admin", caseNumber)).isZero();
  }

  @Test
  void theDecisionsForm_choosesFromTheDirectoryAsItStands_whichTheCaseDoesNotKeep() throws Exception {
    at(2026, 3, 11, 10);
    String caseNumber = submit("选项不随案保存");
    complete("zhangwei", caseNumber, ACKNOWLEDGE_REQUEST, "firstAnswer", "已收到。");

    // what Tasklist loads for the form: every department and every officer of the directory now
    JsonNode decide = task("zhangwei", caseNumber, DECIDE_HANDLING);
    JsonNode shown = api("zhangwei", HttpMethod.GET, "/engine-rest/task/" + decide.path("id").asText()
        + "/form-variables?deserializeValues=false", null, HttpStatus.OK);
    List<String> departments = new ArrayList<>();
    JSON.readTree(shown.path("departmentOptions").path("value").asText())
        .forEach(option -> departments.add(option.path("value").asText()));
    assertThat(departments).containsAll(directory.departments().stream().map(Department::code).toList());
    List<String> officers = new ArrayList<>();
    JSON.readTree(shown.path("officerOptions").path("value").asText())
        .forEach(option -> officers.add(option.path("value").asText()));
    assertThat(officers).contains("zhangwei", "xuming").hasSize(directory.officers().size());

    handOver(caseNumber, "power", "", 5);
    // gone with the task, and never in the case's history (runtime or history, of every instance of the case)
    assertThat(jdbc.sql("""
            select count(*) from ACT_RU_VARIABLE v join ACT_RU_EXECUTION e on e.ID_ = v.PROC_INST_ID_
             where e.BUSINESS_KEY_ = ? and v.NAME_ like '%Options'
            """).param(caseNumber).query(Long.class).single()).isZero();
    assertThat(jdbc.sql("""
            select count(*) from ACT_HI_VARINST v join ACT_HI_PROCINST p on p.ID_ = v.PROC_INST_ID_
             where p.BUSINESS_KEY_ = ? and v.NAME_ like '%Options'
            """).param(caseNumber).query(Long.class).single()).isZero();
    assertThat(jdbc.sql("""
            select count(*) from ACT_HI_VARINST v join ACT_HI_PROCINST p on p.ID_ = v.PROC_INST_ID_
             where p.BUSINESS_KEY_ = ? and v.NAME_ = 'leadDepartment'
            """).param(caseNumber).query(Long.class).single()).as("the case's own decision is history").isOne();
  }

  @Test
  void leadUnitReturnsTheMatter_officerSeesWhy_andHandsOverToAnotherDepartment(CapturedOutput log) throws Exception {
    at(2026, 3, 16, 10);
    String caseNumber = submit("厂区供水管网改造");
    // the first answer is checked by the step that records it; its refusal reads as the form labels the field
    ResponseEntity<String> blank = tryComplete("zhangwei", caseNumber, ACKNOWLEDGE_REQUEST, "firstAnswer", " ");
    assertThat(ApiCalls.fields(ApiCalls.problem(blank, HttpStatus.BAD_REQUEST, "任务未完成：首次答复：不能为空")))
        .containsExactly("firstAnswer");
    assertThat(log.getOut()).contains("Bad input refused, nothing changed: firstAnswer NotBlank");
    complete("zhangwei", caseNumber, ACKNOWLEDGE_REQUEST, "firstAnswer", "已收到。");
    ResponseEntity<String> refused = tryComplete("zhangwei", caseNumber, DECIDE_HANDLING, "decision", "HAND_OVER",
        "leadDepartment", " ", "timeLimit", 5);
    assertThat(ApiCalls.fields(ApiCalls.problem(refused, HttpStatus.BAD_REQUEST, "牵头部门：不能为空")))
        .containsExactly("leadDepartment");
    // a user's mistake is one WARN sentence in the log, not the engine's ERROR with its stack trace
    assertThat(log.getOut()).contains("WARN").contains("Task completion refused, nothing changed: 任务未完成：牵头部门：不能为空")
        .doesNotContain("ENGINE-16004").doesNotContain("Caused by: org.steward.workflow.TaskCompletionRefused");
    handOver(caseNumber, "power", "", 5);

    signFor("power01", caseNumber);
    complete("power01", caseNumber, DepartmentHandlingProcess.HANDLE_MATTER, "action", "RETURN", "reason",
        "供水管网不属于供电局职责");

    JsonNode returned = view("zhangwei", caseNumber);
    assertThat(returned.path("state").asText()).isEqualTo("ACKNOWLEDGED");
    JsonNode power = unit(returned, 1, "power");
    assertThat(power.path("state").asText()).isEqualTo("RETURNED");
    assertThat(power.path("returnReason").asText()).isEqualTo("供水管网不属于供电局职责");
    assertThat(power.path("rating").isNull()).isTrue();
    assertThat(actions(returned)).contains("MATTER_RETURNED", "UNITS_RETURNED");
    assertThat(notifications.ofCase(caseNumber)).filteredOn(n -> n.kind().equals("MATTER_RETURNED"))
        .extracting(Notification::recipient).containsExactly("zhangwei");
    JsonNode decide = task("zhangwei", caseNumber, DECIDE_HANDLING);
    assertThat(variable("zhangwei", decide, "returnReasons").path("value").asText())
        .contains("供电局", "供水管网不属于供电局职责");

    handOver(caseNumber, "water", "", 5);
    assertThat(tasks("power01", caseNumber, DepartmentHandlingProcess.HANDLE_MATTER)).isEmpty();
    signFor("water01", caseNumber);
    complete("water01", caseNumber, DepartmentHandlingProcess.HANDLE_MATTER, "action", "FEEDBACK", "feedback",
        "已安排管网改造");
    complete("water01", caseNumber, CONSOLIDATE_FEEDBACK, "consolidatedAnswer", "水务局已安排管网改造。");

    JsonNode consolidated = view("ent01", caseNumber);
    assertThat(consolidated.path("state").asText()).isEqualTo("REPLYING");
    assertThat(consolidated.path("leadDepartment").asText()).isEqualTo("water");
    assertThat(unit(consolidated, 2, "water").path("rating").asText()).isEqualTo("DONE");
    assertThat(task("zhangwei", caseNumber, REPLY_TO_ENTERPRISE).path("assignee").asText()).isEqualTo("zhangwei");
  }

  @Test
  void unitPastItsDue_turnsRed_supervisorGetsA督办Task_andTheLedgerShowsItSlow() throws Exception {
    at(2026, 4, 13, 10);
    String caseNumber = submit("临时用电报装");
    complete("zhangwei", caseNumber, ACKNOWLEDGE_REQUEST, "firstAnswer", "已收到。");
    handOver(caseNumber, "power", "", 2);
    signFor("power01", caseNumber);
    LocalDate due = calendar.addWorkingDays(LocalDate.of(2026, 4, 13), 2);

    at(due.plusDays(1), 9);
    fireTimers(caseNumber, DepartmentHandlingProcess.DEADLINE_NEAR);
    fireTimers(caseNumber, DepartmentHandlingProcess.DEADLINE_MISSED);

    JsonNode view = view("zhangwei", caseNumber);
    assertThat(view.path("light").asText()).isEqualTo("RED");
    assertThat(unit(view, 1, "power").path("light").asText()).isEqualTo("RED");
    assertThat(unit(view, 1, "power").path("rating").asText()).isEqualTo("SLOW");
    assertThat(supervision.ofCase(caseNumber)).singleElement().satisfies(item -> {
      assertThat(item.reason()).isEqualTo(SupervisionReason.UNIT_OVERDUE);
      assertThat(item.isOpen()).isTrue();
    });
    assertThat(notifications.ofCase(caseNumber)).filteredOn(n -> n.kind().equals("UNIT_RED"))
        .extracting(Notification::recipient).containsExactlyInAnyOrder("dept-power", "supervisors");
    JsonNode ledger = api("chenjianguo", HttpMethod.GET,
        "/api/ledger?light=RED&submittedFrom=2026-04-13&submittedTo=2026-04-13", null, HttpStatus.OK);
    assertThat(ledger.path("total").asLong()).isEqualTo(1);
    JsonNode row = ledger.path("items").get(0);
    assertThat(row.path("caseNumber").asText()).isEqualTo(caseNumber);
    assertThat(row.path("light").asText()).isEqualTo("RED");
    assertThat(row.path("units").get(0).path("rating").asText()).isEqualTo("SLOW");

    assertThat(tasks("power01", caseNumber, DepartmentHandlingProcess.SUPERVISE_UNIT)).isEmpty();
    // the officer's supervisor holds it; the supervisors' group is still offered it (督办事项)
    assertThat(task("chenjianguo", caseNumber, DepartmentHandlingProcess.SUPERVISE_UNIT).path("assignee").asText())
        .isEqualTo("chenjianguo");
    complete("chenjianguo", caseNumber, DepartmentHandlingProcess.SUPERVISE_UNIT, "supervisionNote",
        "已电话督促，要求两日内办结");
    assertThat(supervision.ofCase(caseNumber)).singleElement().extracting(SupervisionItem::closedBy)
        .isEqualTo("chenjianguo");

    complete("power01", caseNumber, DepartmentHandlingProcess.HANDLE_MATTER, "action", "FEEDBACK", "feedback",
        "已完成临时用电报装");
    assertThat(unit(view("ent01", caseNumber), 1, "power").path("rating").asText()).isEqualTo("SLOW");
  }

  @Test
  void unsignedAfter20Hours_officerIsWarned_after24HoursRemindedAndTheSupervisorGetsA督促Task() throws Exception {
    at(2026, 5, 11, 10);
    String caseNumber = submit("员工子女入学咨询");

    at(2026, 5, 12, 6);
    fireTimers(caseNumber, RESPONSE_DUE_SOON);
    // four hours are left: the case and the officer's 签收诉求 show yellow (即将到期)
    assertThat(view("ent01", caseNumber).path("light").asText()).isEqualTo("YELLOW");
    assertThat(notifications.ofCase(caseNumber)).filteredOn(n -> n.kind().equals("RESPONSE_DUE_SOON"))
        .singleElement().satisfies(n -> {
          assertThat(n.recipient()).isEqualTo("zhangwei");
          assertThat(n.text()).startsWith("诉求将于 5月12日 10:00 超过24小时时限");
        });

    at(2026, 5, 12, 10);
    fireTimers(caseNumber, RESPONSE_OVERDUE);

    assertThat(view("ent01", caseNumber).path("light").asText()).isEqualTo("RED");
    // the case's light is history; the timers' input parameter (subject = response) went with their steps
    assertThat(jdbc.sql("""
            select v.NAME_ from ACT_HI_VARINST v join ACT_HI_PROCINST p on p.ID_ = v.PROC_INST_ID_
             where p.BUSINESS_KEY_ = ? and v.NAME_ in ('light', 'subject')
            """).param(caseNumber).query(String.class).list()).containsExactly("light");
    JsonNode supervise = task("chenjianguo", caseNumber, SUPERVISE_RESPONSE);
    assertThat(supervise.path("assignee").asText()).isEqualTo("chenjianguo");
    assertThat(tasks("zhangwei", caseNumber, SUPERVISE_RESPONSE)).isEmpty();
    assertThat(notifications.ofCase(caseNumber)).filteredOn(n -> n.kind().equals("RESPONSE_OVERDUE"))
        .extracting(Notification::recipient).containsExactlyInAnyOrder("zhangwei", "chenjianguo");
    complete("chenjianguo", caseNumber, SUPERVISE_RESPONSE, "supervisionNote", "已提醒张伟立即签收");
    assertThat(supervision.ofCase(caseNumber)).singleElement().satisfies(item -> {
      assertThat(item.reason()).isEqualTo(SupervisionReason.RESPONSE_OVERDUE);
      assertThat(item.isOpen()).isFalse();
    });

    complete("zhangwei", caseNumber, ACKNOWLEDGE_REQUEST, "firstAnswer", "抱歉回复晚了，已受理。");
    JsonNode signed = view("ent01", caseNumber);
    assertThat(signed.path("state").asText()).isEqualTo("ACKNOWLEDGED");
    assertThat(signed.path("light").asText()).isEqualTo("GREEN");
  }

  @Test
  void ledger_pagesFiltersByDepartment_andSortsByTheNearestDeadline() throws Exception {
    at(2026, 6, 8, 10);
    String wide = submit("扩建厂房用地");
    complete("zhangwei", wide, ACKNOWLEDGE_REQUEST, "firstAnswer", "已收到。");
    handOver(wide, "resources", "housing", 10);
    String quick = submit("专线用电扩容");
    complete("zhangwei", quick, ACKNOWLEDGE_REQUEST, "firstAnswer", "已收到。");
    handOver(quick, "power", "", 3);
    String unsigned = submit("厂区道路命名");
    String day = "submittedFrom=2026-06-08&submittedTo=2026-06-08";

    JsonNode first = api("chenjianguo", HttpMethod.GET, "/api/ledger?size=2&" + day, null, HttpStatus.OK);
    JsonNode second = api("chenjianguo", HttpMethod.GET, "/api/ledger?size=2&page=1&" + day, null, HttpStatus.OK);
    JsonNode housing = api("chenjianguo", HttpMethod.GET, "/api/ledger?department=housing&" + day, null,
        HttpStatus.OK);
    JsonNode asOfficer = api("zhangwei", HttpMethod.GET, "/api/ledger?" + day, null, HttpStatus.OK);
    JsonNode asHousing = api("housing01", HttpMethod.GET, "/api/ledger?" + day, null, HttpStatus.OK);

    assertThat(first.path("total").asLong()).isEqualTo(3);
    assertThat(caseNumbers(first)).containsExactly(unsigned, quick);
    assertThat(first.path("items").get(0).path("nextDeadline").asText()).isEqualTo("2026-06-09");
    assertThat(first.path("items").get(1).path("nextDeadline").asText())
        .isEqualTo(calendar.addWorkingDays(LocalDate.of(2026, 6, 8), 3).toString());
    assertThat(second.path("total").asLong()).isEqualTo(3);
    assertThat(caseNumbers(second)).containsExactly(wide);
    assertThat(second.path("items").get(0).path("leadUnit").path("id").asText()).isEqualTo("resources");
    assertThat(housing.path("total").asLong()).isEqualTo(1);
    assertThat(caseNumbers(housing)).containsExactly(wide);
    assertThat(caseNumbers(asOfficer)).containsExactly(unsigned, quick, wide);
    assertThat(caseNumbers(asHousing)).containsExactly(wide);
    api("ent01", HttpMethod.GET, "/api/ledger", null, HttpStatus.FORBIDDEN);
  }

  @Test
  void idempotencyKey_repeatAnswersTheSameCase_otherBody409_forbiddenAndBadInputStoreNothing() throws Exception {
    String key = "it-" + System.nanoTime();
    HttpHeaders headers = jsonHeaders();
    headers.set("Idempotency-Key", key);
    ResponseEntity<String> first = http.withBasicAuth("ent01", PASSWORD).exchange("/api/requests", HttpMethod.POST,
        new HttpEntity<>(RequestFixtures.body(ent01, "幂等"), headers), String.class);
    ResponseEntity<String> repeat = http.withBasicAuth("ent01", PASSWORD).exchange("/api/requests", HttpMethod.POST,
        new HttpEntity<>(RequestFixtures.body(ent01, "幂等"), headers), String.class);
    ResponseEntity<String> other = http.withBasicAuth("ent01", PASSWORD).exchange("/api/requests", HttpMethod.POST,
        new HttpEntity<>(RequestFixtures.body(ent01, "另一件"), headers), String.class);

    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(repeat.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(JSON.readTree(repeat.getBody()).path("caseNumber"))
        .isEqualTo(JSON.readTree(first.getBody()).path("caseNumber"));
    assertThat(other.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

    long before = jdbc.sql("select count(*) from request").query(Long.class).single();
    long ent03 = directory.enterpriseOfUser("ent03").orElseThrow().id();
    api("ent01", HttpMethod.POST, "/api/requests", RequestFixtures.body(ent03, "替别人"), HttpStatus.FORBIDDEN);
    api("zhangwei", HttpMethod.POST, "/api/requests", RequestFixtures.body(ent03, "别人的企业"), HttpStatus.FORBIDDEN);
    api("ent01", HttpMethod.POST, "/api/requests", RequestFixtures.body(ent01, "长".repeat(101)),
        HttpStatus.BAD_REQUEST);
    assertThat(jdbc.sql("select count(*) from request").query(Long.class).single()).isEqualTo(before);
  }

  @Test
  void concurrentSubmissionsOnANewDay_getConsecutiveDistinctCaseNumbers() throws Exception {
    at(2031, 3, 5, 9);
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
    }
  }

  @Test
  void failingAndSucceedingSubmissionsAtOnce_leaveNoHoleInTheDaysNumbers() throws Exception {
    at(2031, 3, 6, 9);
    // a failure after the checks, where the case is stored: a database refusal, as a broken connection would be
    jdbc.sql("""
        create function refuse_doomed_request() returns trigger language plpgsql as $$
        begin
          if new.title like '注定失败%' then raise exception 'refused by the test'; end if;
          return new;
        end $$""").update();
    jdbc.sql("create trigger refuse_doomed_request before insert on request for each row "
        + "execute function refuse_doomed_request()").update();
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Callable<String>> submissions = new ArrayList<>();
      for (int i = 0; i < 48; i++) {
        NewRequest request = RequestFixtures.request(ent01, (i % 3 == 0 ? "注定失败 " : "并发编号 ") + i);
        submissions.add(() -> requests.submit(request, "admin", null).request().caseNumber());
      }
      int failed = 0;
      for (Future<String> number : pool.invokeAll(submissions)) {
        try {
          number.get();
        } catch (ExecutionException e) {
          failed++;
        }
      }

      assertThat(failed).isEqualTo(16);
      List<String> numbers = jdbc.sql("select case_number from request where case_number like 'QY20310306-%' "
          + "order by case_number").query(String.class).list();
      assertThat(numbers).isEqualTo(IntStream.rangeClosed(1, 32)
          .mapToObj(n -> "QY20310306-%04d".formatted(n)).toList());
    } finally {
      pool.shutdownNow();
      jdbc.sql("drop trigger refuse_doomed_request on request").update();
      jdbc.sql("drop function refuse_doomed_request()").update();
    }
  }

  @Test
  void sixConcurrentRatingsOfOneCase_oneIsRecorded_fiveLoseTheRaceWith409() throws Exception {
    at(2031, 4, 8, 10);
    String caseNumber = submit("并发评价");
    complete("zhangwei", caseNumber, ACKNOWLEDGE_REQUEST, "firstAnswer", "已收到。");
    complete("zhangwei", caseNumber, DECIDE_HANDLING, "decision", "RESOLVE_DIRECTLY", "answer", "已当场解决。");
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Callable<ResponseEntity<String>>> ratings = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        ratings.add(() -> http.withBasicAuth("ent01", PASSWORD).exchange("/api/requests/" + caseNumber
            + "/satisfaction", HttpMethod.POST, new HttpEntity<>("{\"satisfaction\": \"SATISFIED\"}", jsonHeaders()),
            String.class));
      }
      List<ResponseEntity<String>> answers = new ArrayList<>();
      for (Future<ResponseEntity<String>> answer : pool.invokeAll(ratings)) {
        answers.add(answer.get());
      }

      assertThat(answers).filteredOn(a -> a.getStatusCode() == HttpStatus.OK).hasSize(1);
      assertThat(answers).filteredOn(a -> a.getStatusCode() != HttpStatus.OK).hasSize(5).allSatisfy(lost -> {
        assertThat(lost.getStatusCode()).as("%s", lost.getBody()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(lost.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(ApiCalls.json(lost).path("titleZh").asText()).isNotBlank();
      });
      assertThat(view("ent01", caseNumber).path("state").asText()).isEqualTo("CLOSED");
      assertThat(actions(view("ent01", caseNumber))).containsOnlyOnce("SATISFACTION_RATED");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void caseOfAnInstanceStartedBeforeTheLinks_isLinkedByItsCaseNumberAtStartUp_andTheOfficerGoesOn() throws Exception {
    at(2026, 3, 23, 10);
    String caseNumber = submit("老版本启动的诉求");
    // as a case submitted before Flyway V16, whose instance never claimed it
    jdbc.sql("update request set process_instance_id = null where case_number = ?").param(caseNumber).update();

    assertThat(instances.linkEarlierInstances()).isOne();
    assertThat(instances.linkEarlierInstances()).isZero();

    complete("zhangwei", caseNumber, ACKNOWLEDGE_REQUEST, "firstAnswer", "已收到，张伟负责跟进。");
    assertThat(view("ent01", caseNumber).path("state").asText()).isEqualTo("ACKNOWLEDGED");
  }

  // --- the enterprise ----------------------------------------------------------------------------------------------

  private String submit(String title) throws Exception {
    JsonNode submitted = api("ent01", HttpMethod.POST, "/api/requests", RequestFixtures.body(ent01, title),
        HttpStatus.CREATED);
    assertThat(submitted.path("officer").asText()).isEqualTo("zhangwei");
    return submitted.path("caseNumber").asText();
  }

  private JsonNode view(String user, String caseNumber) throws Exception {
    return api(user, HttpMethod.GET, "/api/requests/" + caseNumber, null, HttpStatus.OK);
  }

  private static JsonNode unit(JsonNode view, int round, String department) {
    for (JsonNode unit : view.path("units")) {
      if (unit.path("round").asInt() == round && unit.path("department").asText().equals(department)) {
        return unit;
      }
    }
    throw new AssertionError("no unit " + department + " in round " + round + ": " + view.path("units"));
  }

  private static List<String> actions(JsonNode view) {
    List<String> actions = new ArrayList<>();
    view.path("timeline").forEach(step -> actions.add(step.path("action").asText()));
    return actions;
  }

  private static List<String> caseNumbers(JsonNode ledger) {
    List<String> numbers = new ArrayList<>();
    ledger.path("items").forEach(row -> numbers.add(row.path("caseNumber").asText()));
    return numbers;
  }

  // --- staff in Tasklist's way: engine-rest as themselves ----------------------------------------------------------

  /** The officer hands the case over (decision HAND_OVER) to a lead and cooperating departments (codes, commas). */
  private void handOver(String caseNumber, String lead, String cooperating, int timeLimit) {
    complete("zhangwei", caseNumber, DECIDE_HANDLING, "decision", "HAND_OVER", "leadDepartment", lead,
        "cooperatingDepartments", cooperating, "timeLimit", timeLimit);
  }

  /** The department's user claims its matter, which signs for it (签收). */
  private void signFor(String user, String caseNumber) {
    String id = task(user, caseNumber, DepartmentHandlingProcess.HANDLE_MATTER).path("id").asText();
    rest(user, HttpMethod.POST, "/engine-rest/task/" + id + "/claim", "{\"userId\": \"" + user + "\"}",
        HttpStatus.NO_CONTENT);
  }

  /** The user finds their one task of that kind in the case, claims it if nobody has, and completes it. */
  private void complete(String user, String caseNumber, String taskKey, Object... namesAndValues) {
    ResponseEntity<String> response = tryComplete(user, caseNumber, taskKey, namesAndValues);
    assertThat(response.getStatusCode()).as("%s completes %s: %s", user, taskKey, response.getBody())
        .isEqualTo(HttpStatus.NO_CONTENT);
  }

  private ResponseEntity<String> tryComplete(String user, String caseNumber, String taskKey, Object... namesAndValues) {
    JsonNode task = task(user, caseNumber, taskKey);
    String id = task.path("id").asText();
    if (task.path("assignee").isNull()) {
      rest(user, HttpMethod.POST, "/engine-rest/task/" + id + "/claim", "{\"userId\": \"" + user + "\"}",
          HttpStatus.NO_CONTENT);
    }
    String body = ApiCalls.completion(namesAndValues);
    return http.withBasicAuth(user, PASSWORD).exchange("/engine-rest/task/" + id + "/complete", HttpMethod.POST,
        new HttpEntity<>(body, jsonHeaders()), String.class);
  }

  /** The one task of that kind in the case that the user may see. */
  private JsonNode task(String user, String caseNumber, String taskKey) {
    List<JsonNode> tasks = tasks(user, caseNumber, taskKey);
    assertThat(tasks).as("%s sees one %s in %s", user, taskKey, caseNumber).hasSize(1);
    return tasks.get(0);
  }

  private List<JsonNode> tasks(String user, String caseNumber, String taskKey) {
    List<JsonNode> tasks = new ArrayList<>();
    read(rest(user, HttpMethod.GET, "/engine-rest/task?processInstanceBusinessKey=" + caseNumber
        + "&taskDefinitionKey=" + taskKey, null, HttpStatus.OK)).forEach(tasks::add);
    return tasks;
  }

  private long openTasks(String user, String caseNumber) {
    return read(rest(user, HttpMethod.GET, "/engine-rest/task/count?processInstanceBusinessKey=" + caseNumber, null,
        HttpStatus.OK)).path("count").asLong();
  }

  private JsonNode variable(String user, JsonNode task, String name) {
    return read(rest(user, HttpMethod.GET, "/engine-rest/task/" + task.path("id").asText() + "/variables/" + name,
        null, HttpStatus.OK));
  }

  /** The administrator executes the timer jobs of that event in every process instance of the case. */
  private void fireTimers(String caseNumber, String activityId) {
    List<String> jobs = new ArrayList<>();
    for (JsonNode instance : read(rest("admin", HttpMethod.GET, "/engine-rest/process-instance?businessKey="
        + caseNumber, null, HttpStatus.OK))) {
      read(rest("admin", HttpMethod.GET, "/engine-rest/job?processInstanceId=" + instance.path("id").asText()
          + "&activityId=" + activityId, null, HttpStatus.OK)).forEach(job -> jobs.add(job.path("id").asText()));
    }
    assertThat(jobs).as("timer jobs of %s in %s", activityId, caseNumber).isNotEmpty();
    jobs.forEach(job -> rest("admin", HttpMethod.POST, "/engine-rest/job/" + job + "/execute", null,
        HttpStatus.NO_CONTENT));
  }

  // --- HTTP and clock ----------------------------------------------------------------------------------------------

  private JsonNode api(String user, HttpMethod method, String path, String body, HttpStatus expected) {
    return read(rest(user, method, path, body, expected));
  }

  private ResponseEntity<String> rest(String user, HttpMethod method, String path, String body, HttpStatus expected) {
    ResponseEntity<String> response = http.withBasicAuth(user, PASSWORD).exchange(path, method,
        new HttpEntity<>(body, jsonHeaders()), String.class);
    assertThat(response.getStatusCode()).as("%s %s as %s: %s", method, path, user, response.getBody())
        .isEqualTo(expected);
    return response;
  }

  private static JsonNode read(ResponseEntity<String> response) {
    try {
      return response.getBody() == null ? JSON.missingNode() : JSON.readTree(response.getBody());
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + response.getBody(), e);
    }
  }

  private static HttpHeaders jsonHeaders() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return headers;
  }

  /** Sets the engine clock (also Steward's) to that hour in Asia/Shanghai. */
  private static void at(int year, int month, int day, int hour) {
    at(LocalDate.of(year, month, day), hour);
  }

  private static void at(LocalDate day, int hour) {
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(day.atTime(hour, 0), StewardClock.ZONE).toInstant()));
  }
}
