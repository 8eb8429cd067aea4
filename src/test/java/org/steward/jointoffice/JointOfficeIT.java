package org.steward.jointoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.steward.jointoffice.process.JointMeetingProcess.*;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
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
import org.steward.deadline.Lights;
import org.steward.deadline.Light;
import org.steward.EmbeddedPostgresConfiguration;
import org.steward.directory.DirectoryManagement;
import org.steward.handling.HandlingManagement;
import org.steward.handling.HandlingUnit;
import org.steward.handling.UnitState;
import org.steward.handling.process.DepartmentHandlingProcess;
import org.steward.jointoffice.process.WeeklyAgendaProcess;
import org.steward.request.RequestFixtures;
import org.steward.request.process.EnterpriseRequestProcess;
import org.steward.shared.StewardClock;
import org.steward.timeline.Timeline;
import org.steward.timeline.TimelineEntry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The joint-meeting office on PostgreSQL with nothing mocked: real enterprise requests submitted through
 * {@code /api/requests}; {@code joint-meeting} started as enterprise-request's call activity would (business key and
 * in-variables); tasks completed by the demo users under Camunda authorization; common issues read and unlinked
 * through {@code /api/common-issues}. Each test runs on its own day so its case and issue numbers stay apart.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "steward.demo.enabled=true")
@ActiveProfiles("test")
@Import(EmbeddedPostgresConfiguration.class)
class JointOfficeIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String OFFICE = "lianxiban";

  @Autowired
  TestRestTemplate http;
  @Autowired
  DirectoryManagement directory;
  @Autowired
  Lights lights;
  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;
  @Autowired
  HistoryService history;
  @Autowired
  IdentityService identity;
  @Autowired
  ManagementService management;
  @Autowired
  Escalations escalations;
  @Autowired
  MeetingPositions positions;
  @Autowired
  HandlingManagement handling;
  @Autowired
  Timeline timeline;

  @AfterEach
  void reset() {
    identity.clearAuthentication();
    ClockUtil.reset();
  }

  @Test
  void arbitration_refusesAnUnknownLead_thenEndsArbitratedWithDepartmentsAndTimeLimit() {
    at(2026, 7, 6, 10);
    String caseNumber = submit("供水管网改造责任不清");
    String instance = escalate(caseNumber, "RETURN", "供电局退单：不属于本单位职责");

    assertThatThrownBy(() -> complete(caseNumber, ANALYSE_ESCALATION, OFFICE, "joint-office",
        Map.of(ACTION, "ARBITRATE", LEAD_DEPARTMENT, "nosuch", TIME_LIMIT, 8)))
        .hasMessageContaining("牵头部门：部门“nosuch”不存在");
    complete(caseNumber, ANALYSE_ESCALATION, OFFICE, "joint-office", Map.of(ACTION, "ARBITRATE", LEAD_DEPARTMENT,
        "water", COOPERATING_DEPARTMENTS, "housing、power", TIME_LIMIT, 8L));

    Map<String, Object> out = variables(instance);
    assertThat(out).containsEntry(JOINT_OUTCOME, "ARBITRATED").containsEntry(LEAD_DEPARTMENT, "water")
        .containsEntry(COOPERATING_DEPARTMENTS, "housing,power").containsEntry(TIME_LIMIT, 8);
    assertThat(endActivity(instance)).isEqualTo(ARBITRATED);
    assertThat(escalations.ofCase(caseNumber)).singleElement().satisfies(e -> {
      assertThat(e.state()).isEqualTo(EscalationState.CLOSED);
      assertThat(e.outcome()).isEqualTo("ARBITRATED");
      assertThat(e.source()).isEqualTo(EscalationSource.RETURN);
      assertThat(e.title()).isEqualTo("供水管网改造责任不清");
    });
    assertThat(timeline.of(caseNumber)).extracting(TimelineEntry::action).contains("ESCALATED", "ARBITRATED");
    // enterprise-request hands the case over again as the office ruled, without asking the officer
    JsonNode request = request(caseNumber);
    assertThat(request.path("state").asText()).isEqualTo("HANDLING");
    assertThat(request.path("units").findValuesAsText("department")).containsExactly("power", "water", "housing",
        "power");
    assertThat(request.path("units").findValuesAsText("state")).containsExactly("RETURNED", "ASSIGNED", "ASSIGNED",
        "ASSIGNED");
    assertThat(task(caseNumber, DepartmentHandlingProcess.HANDLE_MATTER, "water01", "dept-water")).isNotNull();
  }

  @Test
  void commonIssue_linksThreeRequests_auditedUnlinkAndRelink_oneResolutionReleasesAllThree() {
    at(2026, 7, 7, 10);
    List<String> cases = List.of(submit("园区专线容量不足（一）"), submit("园区专线容量不足（二）"), submit("园区专线容量不足（三）"));
    List<String> instances = cases.stream().map(c -> escalate(c, "DECISION", "多家企业反映专线容量不足")).toList();

    complete(cases.get(0), ANALYSE_ESCALATION, OFFICE, "joint-office", Map.of(ACTION, "COMMON_ISSUE",
        NEW_ISSUE_TITLE, "园区专线容量不足", NEW_ISSUE_DESCRIPTION, "园区多家企业申请专线扩容，变电站容量不足。"));
    String number = (String) runtime.getVariable(instances.get(0), COMMON_ISSUE_NUMBER);
    assertThat(number).isEqualTo("GX20260707-0001");
    complete(cases.get(1), ANALYSE_ESCALATION, OFFICE, "joint-office",
        Map.of(ACTION, "COMMON_ISSUE", COMMON_ISSUE_NUMBER, number));
    complete(cases.get(2), ANALYSE_ESCALATION, OFFICE, "joint-office",
        Map.of(ACTION, "COMMON_ISSUE", COMMON_ISSUE_NUMBER, number));

    JsonNode open = api("chenjianguo", HttpMethod.GET, "/api/common-issues?state=OPEN", HttpStatus.OK);
    JsonNode listed = find(open.path("items"), "number", number);
    assertThat(listed.path("linkedCases").asInt()).isEqualTo(3);
    long id = listed.path("id").asLong();
    JsonNode issue = api(OFFICE, HttpMethod.GET, "/api/common-issues/" + id, HttpStatus.OK);
    assertThat(issue.path("state").asText()).isEqualTo("OPEN");
    assertThat(issue.path("links")).hasSize(3).allSatisfy(link -> {
      assertThat(link.path("active").asBoolean()).isTrue();
      assertThat(link.path("enterpriseName").asText()).isEqualTo("广州某某精密制造有限公司");
      assertThat(link.path("title").asText()).startsWith("园区专线容量不足");
    });

    api("chenjianguo", HttpMethod.DELETE, "/api/common-issues/" + id + "/links/" + cases.get(2), HttpStatus.FORBIDDEN);
    api(OFFICE, HttpMethod.DELETE, "/api/common-issues/" + id + "/links/" + cases.get(2), HttpStatus.NO_CONTENT);
    api(OFFICE, HttpMethod.DELETE, "/api/common-issues/" + id + "/links/" + cases.get(2), HttpStatus.NOT_FOUND);
    assertThat(task(cases.get(2), ANALYSE_ESCALATION, OFFICE, "joint-office")).isNotNull();
    complete(cases.get(2), ANALYSE_ESCALATION, OFFICE, "joint-office",
        Map.of(ACTION, "COMMON_ISSUE", COMMON_ISSUE_NUMBER, number));
    JsonNode audited = api(OFFICE, HttpMethod.GET, "/api/common-issues/" + id, HttpStatus.OK);
    assertThat(audited.path("links")).hasSize(4);
    JsonNode unlinked = audited.path("links").get(2);
    assertThat(unlinked.path("caseNumber").asText()).isEqualTo(cases.get(2));
    assertThat(unlinked.path("active").asBoolean()).isFalse();
    assertThat(unlinked.path("unlinkedBy").asText()).isEqualTo(OFFICE);

    // the issue's own joint-meeting: a common issue may only be decided or taken to a meeting
    assertThatThrownBy(() -> complete(number, ANALYSE_ESCALATION, OFFICE, "joint-office",
        Map.of(ACTION, "ARBITRATE", LEAD_DEPARTMENT, "power", TIME_LIMIT, 5)))
        .hasMessageContaining("共性问题只能直接决定或召开联席会议");
    complete(number, ANALYSE_ESCALATION, OFFICE, "joint-office",
        Map.of(ACTION, "DECIDE", RESOLUTION, "园区新建 110kV 变电站，年底投运；其间由供电局临时调配容量。"));

    for (String instance : instances) {
      assertThat(endActivity(instance)).isEqualTo(RESOLVED_WITH_COMMON_ISSUE);
      assertThat(variables(instance)).containsEntry(JOINT_OUTCOME, "RESOLVED")
          .containsEntry(RESOLUTION, "园区新建 110kV 变电站，年底投运；其间由供电局临时调配容量。");
    }
    JsonNode resolved = api("admin", HttpMethod.GET, "/api/common-issues/" + id, HttpStatus.OK);
    assertThat(resolved.path("state").asText()).isEqualTo("RESOLVED");
    assertThat(resolved.path("resolution").asText()).startsWith("园区新建 110kV 变电站");
    assertThat(api(OFFICE, HttpMethod.GET, "/api/common-issues?state=RESOLVED&size=100", HttpStatus.OK)
        .path("items").toString()).contains(number);
    JsonNode conflict = api(OFFICE, HttpMethod.DELETE, "/api/common-issues/" + id + "/links/" + cases.get(0),
        HttpStatus.CONFLICT);
    assertThat(conflict.path("titleZh").asText()).isEqualTo("共性问题已解决");
    cases.forEach(c -> assertThat(timeline.of(c)).extracting(TimelineEntry::action)
        .contains("ESCALATED", "LINKED_TO_COMMON_ISSUE", "COMMON_ISSUE_RESOLVED"));
    // each enterprise still gets its own reply and return visit, and the three cases close
    for (String c : cases) {
      assertThat(request(c).path("state").asText()).isEqualTo("REPLYING");
      complete(c, EnterpriseRequestProcess.REPLY_TO_ENTERPRISE, "zhangwei", "officers",
          Map.of("reply", "园区将新建变电站，年底投运，其间临时调配容量。"));
      ResponseEntity<String> rated = http.withBasicAuth("ent01", "demo")
          .exchange("/api/requests/" + c + "/satisfaction",
          HttpMethod.POST, new HttpEntity<>(Map.of("satisfaction", "SATISFIED", "comment", "满意"), jsonHeaders()),
          String.class);
      assertThat(rated.getStatusCode()).as(rated.getBody()).isEqualTo(HttpStatus.OK);
      assertThat(read(rated).path("state").asText()).isEqualTo("CLOSED");
    }
    JsonNode bad = api(OFFICE, HttpMethod.GET, "/api/common-issues?state=SOMETIMES&size=0", HttpStatus.BAD_REQUEST);
    assertThat(bad.path("errors").findValuesAsText("field")).containsExactly("state", "size");
    assertThat(bad.path("errors").get(0).path("messageZh").asText()).isEqualTo("须为 OPEN 或 RESOLVED");
    api(OFFICE, HttpMethod.GET, "/api/common-issues/999999", HttpStatus.NOT_FOUND);
    api("ent01", HttpMethod.GET, "/api/common-issues", HttpStatus.FORBIDDEN);
  }

  @Test
  void jointMeeting_positionsMinutesAndTwoHandoverItemsRunAsHandling_endsResolvedWithTheirFeedback() {
    at(2026, 7, 8, 10);
    String caseNumber = submit("新厂区供电供水同步接入");
    String instance = escalate(caseNumber, "SUPERVISOR", "涉及供电、供水两个部门，需联席研究");

    complete(caseNumber, ANALYSE_ESCALATION, OFFICE, "joint-office",
        Map.of(ACTION, "JOINT_MEETING", MEETING_DEPARTMENTS, "power, water", POSITION_TIME_LIMIT, 3L));
    assertThat(task(caseNumber, GIVE_POSITION, "power01", "dept-power").getDueDate())
        .isEqualTo(date(LocalDate.of(2026, 7, 13)));
    // water's position goes red; its yellow timer running late then changes and announces nothing
    long meetingId = ((Number) runtime.getVariable(instance, MEETING_ID)).longValue();
    String water = Long.toString(positions.positionId(meetingId, "water"));
    assertThat(lights.signal("position", water, Light.RED)).isPresent();
    assertThat(lights.signal("position", water, Light.YELLOW)).isEmpty();
    assertThat(positions.positions(meetingId)).filteredOn(p -> p.department().equals("water"))
        .extracting(MeetingPositions.Position::light).containsExactly(Light.RED);
    assertThat(timeline.of(caseNumber)).extracting(TimelineEntry::action).contains("POSITION_RED")
        .doesNotContain("POSITION_YELLOW");
    complete(caseNumber, GIVE_POSITION, "power01", "dept-power", Map.of(POSITION, "可在两周内完成专线接入"));
    complete(caseNumber, GIVE_POSITION, "water01", "dept-water", Map.of(POSITION, "供水管网需先核定容量"));
    assertThat((String) runtime.getVariable(instance, POSITIONS_SUMMARY)).contains("【供电局】可在两周内完成专线接入",
        "【水务局】供水管网需先核定容量");
    assertThatThrownBy(() -> complete(caseNumber, RECORD_MINUTES_TASK, OFFICE, "joint-office", Map.of(MINUTES,
        "7月8日联席会议。", DECISION, "同步接入", "handoverItem1Department", "nosuch", "handoverItem1Task", "核定供水",
        "handoverItem1TimeLimit", 61L, "handoverItem3Task", "无部门", "handoverItem3TimeLimit", 5L)))
        .hasMessageContaining("交办事项（第1项）：部门“nosuch”不存在")
        .hasMessageContaining("交办事项（第1项）：须在 1 至 60 个工作日之间")
        .hasMessageContaining("交办事项（第2项）：须选择承办部门").hasMessageContaining("交办事项（第2项）：须填写交办内容")
        .hasMessageContaining("交办事项（第3项）：须选择承办部门");
    complete(caseNumber, RECORD_MINUTES_TASK, OFFICE, "joint-office", Map.of(MINUTES, "7月8日联席会议，供电局、水务局参会。",
        DECISION, "供电、供水同步接入", "handoverItem1Department", "power", "handoverItem1Task", "完成专线接入",
        "handoverItem1TimeLimit", 10L, "handoverItem2Department", "water", "handoverItem2Task", "核定并接入供水",
        "handoverItem2TimeLimit", 5L));

    List<HandlingUnit> units = handling.unitsOf(caseNumber);
    assertThat(units).extracting(HandlingUnit::departmentCode).containsExactly("power", "water");
    assertThat(units.get(1).dueDate()).isEqualTo(LocalDate.of(2026, 7, 15));
    assertThat(task(caseNumber, DepartmentHandlingProcess.HANDLE_MATTER, "power01", "dept-power").getName())
        .startsWith("签收并办理｜" + caseNumber);
    for (String[] staff : new String[][] {{"power01", "dept-power", "专线已接入"}, {"water01", "dept-water", "供水已接入"}}) {
      complete(caseNumber, DepartmentHandlingProcess.HANDLE_MATTER, staff[0], staff[1],
          Map.of(DepartmentHandlingProcess.ACTION, "FEEDBACK", DepartmentHandlingProcess.FEEDBACK, staff[2]));
    }

    assertThat(handling.unitsOf(caseNumber)).extracting(HandlingUnit::state)
        .containsOnly(UnitState.FEEDBACK_GIVEN);
    assertThat(endActivity(instance)).isEqualTo(MEETING_CONCLUDED);
    assertThat(variables(instance)).containsEntry(JOINT_OUTCOME, "RESOLVED");
    assertThat((String) variables(instance).get(RESOLUTION)).contains("供电、供水同步接入", "完成专线接入 —— 专线已接入",
        "核定并接入供水 —— 供水已接入");
    assertThat(timeline.of(caseNumber)).extracting(TimelineEntry::action).containsSubsequence("ESCALATED",
        "JOINT_MEETING_CONVENED", "POSITION_GIVEN", "POSITION_GIVEN", "MEETING_MINUTES_RECORDED", "HANDED_OVER",
        "JOINT_MEETING_CONCLUDED");
    assertThat(timeline.of(caseNumber)).filteredOn(entry -> entry.action().equals("ESCALATED")).singleElement()
        .extracting(TimelineEntry::actor).isEqualTo("chenjianguo");
  }

  @Test
  void weeklyAgenda_onTheNationalDayMonday_waitsUntilThursday9_andListsOpenEscalationsOldestFirst() {
    at(2026, 9, 28, 10);
    String older = submit("周例会：较早提交");
    escalate(older, "SUPERVISOR", "红灯超过三个工作日");
    at(2026, 9, 29, 10);
    String newer = submit("周例会：较晚提交");
    escalate(newer, "DECISION", "跨部门事项");

    at(2026, 10, 5, 9);
    Job start = management.createJobQuery().processDefinitionKey(WeeklyAgendaProcess.ID).list().stream()
        .filter(j -> j.getProcessInstanceId() == null).findFirst().orElseThrow();
    management.executeJob(start.getId());
    ProcessInstance meeting = runtime.createProcessInstanceQuery().processDefinitionKey(WeeklyAgendaProcess.ID)
        .singleResult();
    Job wait = management.createJobQuery().processInstanceId(meeting.getId())
        .activityId(WeeklyAgendaProcess.MEETING_DAY_REACHED).singleResult();
    assertThat(wait.getDuedate()).isEqualTo(date(LocalDate.of(2026, 10, 8), 9));

    at(2026, 10, 8, 9);
    management.executeJob(wait.getId());
    String agenda = (String) runtime.getVariable(meeting.getId(), WeeklyAgendaProcess.AGENDA);
    assertThat(agenda).contains(older, newer);
    assertThat(agenda.indexOf(older)).isLessThan(agenda.indexOf(newer));
    identity.setAuthentication(OFFICE, List.of("joint-office"));
    Task task = tasks.createTaskQuery().processInstanceId(meeting.getId()).singleResult();
    tasks.complete(task.getId(), Map.of(WeeklyAgendaProcess.NOTES, "两件均交部门限期办结"));
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(meeting.getId()).count()).isZero();
  }

  // --- cases, escalations, tasks -----------------------------------------------------------------------------------

  private String submit(String title) {
    long ent01 = directory.enterpriseOfUser("ent01").orElseThrow().id();
    ResponseEntity<String> response = http.withBasicAuth("ent01", "demo").exchange("/api/requests", HttpMethod.POST,
        new HttpEntity<>(RequestFixtures.body(ent01, title), jsonHeaders()), String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return read(response).path("caseNumber").asText();
  }

  /**
   * Sends the case to the joint-meeting office the way users do: the officer signs for it, then escalates it itself
   * (DECISION), after a department returned it (RETURN), or a supervisor asks for it over the API (SUPERVISOR).
   * Answers the joint-meeting instance enterprise-request called.
   */
  private String escalate(String caseNumber, String source, String reason) {
    complete(caseNumber, EnterpriseRequestProcess.ACKNOWLEDGE_REQUEST, "zhangwei", "officers",
        Map.of("firstAnswer", "已收到，正在协调。"));
    Map<String, Object> escalation = Map.of("decision", "ESCALATE", "escalationReason", reason);
    switch (source) {
      case "DECISION" -> complete(caseNumber, EnterpriseRequestProcess.DECIDE_HANDLING, "zhangwei", "officers",
          escalation);
      case "RETURN" -> {
        complete(caseNumber, EnterpriseRequestProcess.DECIDE_HANDLING, "zhangwei", "officers", Map.of(
            "decision", "HAND_OVER", "leadDepartment", "power", "cooperatingDepartments", "", "timeLimit", 5L));
        complete(caseNumber, DepartmentHandlingProcess.HANDLE_MATTER, "power01", "dept-power", Map.of(
            DepartmentHandlingProcess.ACTION, "RETURN", DepartmentHandlingProcess.REASON, "不属于本单位职责"));
        complete(caseNumber, EnterpriseRequestProcess.DECIDE_HANDLING, "zhangwei", "officers", escalation);
      }
      case "SUPERVISOR" -> {
        ResponseEntity<String> response = http.withBasicAuth("chenjianguo", "demo").exchange(
            "/api/requests/" + caseNumber + "/escalation", HttpMethod.POST,
            new HttpEntity<>(Map.of("reason", reason), jsonHeaders()), String.class);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(read(response).path("state").asText()).isEqualTo("JOINT_OFFICE");
      }
      default -> throw new IllegalArgumentException(source);
    }
    return runtime.createProcessInstanceQuery().processDefinitionKey(ID).processInstanceBusinessKey(caseNumber)
        .singleResult().getId();
  }

  private JsonNode request(String caseNumber) {
    return api("admin", HttpMethod.GET, "/api/requests/" + caseNumber, HttpStatus.OK);
  }

  private Task task(String businessKey, String taskKey, String userId, String groupId) {
    identity.setAuthentication(userId, List.of(groupId));
    try {
      return tasks.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(taskKey).singleResult();
    } finally {
      identity.clearAuthentication();
    }
  }

  /** Completes the user's one task of that kind in the case, as a member of the group (Camunda authorization on). */
  private void complete(String businessKey, String taskKey, String userId, String groupId,
      Map<String, Object> variables) {
    Task task = task(businessKey, taskKey, userId, groupId);
    assertThat(task).as("%s sees %s in %s", userId, taskKey, businessKey).isNotNull();
    identity.setAuthentication(userId, List.of(groupId));
    try {
      tasks.complete(task.getId(), variables);
    } finally {
      identity.clearAuthentication();
    }
  }

  private Map<String, Object> variables(String instance) {
    Map<String, Object> values = new HashMap<>();
    history.createHistoricVariableInstanceQuery().processInstanceId(instance).list()
        .forEach(v -> values.put(v.getName(), v.getValue()));
    return values;
  }

  private String endActivity(String instance) {
    var finished = history.createHistoricProcessInstanceQuery().processInstanceId(instance).finished().singleResult();
    assertThat(finished).as("instance %s ended", instance).isNotNull();
    return finished.getEndActivityId();
  }

  // --- HTTP and clock ----------------------------------------------------------------------------------------------

  private JsonNode api(String user, HttpMethod method, String path, HttpStatus expected) {
    ResponseEntity<String> response = http.withBasicAuth(user, "demo").exchange(path, method,
        new HttpEntity<>(null, jsonHeaders()), String.class);
    assertThat(response.getStatusCode()).as("%s %s as %s: %s", method, path, user, response.getBody())
        .isEqualTo(expected);
    return read(response);
  }

  private static JsonNode find(JsonNode items, String field, String value) {
    for (JsonNode item : items) {
      if (item.path(field).asText().equals(value)) {
        return item;
      }
    }
    throw new AssertionError("no item with " + field + " " + value + " in " + items);
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

  /** The start of the day after {@code day}: when a deadline on {@code day} turns red. */
  private static Date date(LocalDate day) {
    return date(day.plusDays(1), 0);
  }

  private static Date date(LocalDate day, int hour) {
    return Date.from(ZonedDateTime.of(day.atTime(hour, 0), StewardClock.ZONE).toInstant());
  }

  private static void at(int year, int month, int day, int hour) {
    ClockUtil.setCurrentTime(date(LocalDate.of(year, month, day), hour));
  }
}
