package org.steward.deputy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.steward.request.process.EnterpriseRequestProcess.ACKNOWLEDGE_REQUEST;
import static org.steward.request.process.EnterpriseRequestProcess.RESPONSE_OVERDUE;
import static org.steward.request.process.EnterpriseRequestProcess.SUPERVISE_RESPONSE;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.assertj.core.groups.Tuple;
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
import org.steward.ApiCalls;
import org.steward.EmbeddedPostgresConfiguration;
import org.steward.deputy.process.DeputyLeaveProcess;
import org.steward.directory.DirectoryManagement;
import org.steward.directory.StewardGroups;
import org.steward.notification.Notifications;
import org.steward.request.Caller;
import org.steward.request.RequestFixtures;
import org.steward.shared.StewardClock;
import org.steward.timeline.Timeline;
import org.steward.timeline.TimelineEntry;

/**
 * Leaves with a deputy end to end on PostgreSQL, nothing mocked: 李娜 (lina, officer of ent06) goes on leave with 刘洋
 * (liuyang) as her deputy; the leave's timers are run as Cockpit's 执行 does; the officers work in Tasklist's way over
 * engine-rest. Each test starts on its own day and ends every leave it sets, so other tests' tasks stay where they are.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "steward.demo.enabled=true")
@ActiveProfiles("test")
@Import(EmbeddedPostgresConfiguration.class)
class DeputyIT {

  private static final String OFFICER = "lina";
  private static final String DEPUTY = "liuyang";
  /** 李娜's supervisor, and the other supervisor of the demo. */
  private static final String SUPERVISOR = "chenjianguo";
  private static final String DEPUTY_SUPERVISOR = "linhui";

  @Autowired
  TestRestTemplate http;
  @Autowired
  DirectoryManagement directory;
  @Autowired
  Timeline timeline;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  Leaves leaves;
  @Autowired
  Notifications notifications;
  ApiCalls api;
  long ent06;

  @BeforeEach
  void setUp() {
    api = new ApiCalls(http, "demo");
    ent06 = directory.enterpriseOfUser("ent06").orElseThrow().id();
  }

  @AfterEach
  void cancelLeavesAndResetClock() {
    // a leave left running would send the officer's tasks of other tests to the deputy
    jdbc.sql("select id from deputy_leave where officer_id in (:officers) and state in ('SCHEDULED', 'ACTIVE')")
        .param("officers", Set.of(OFFICER, SUPERVISOR)).query(Long.class).list()
        .forEach(id -> leaves.cancel(id, new Caller("admin", Set.of(StewardGroups.ADMIN))));
    ClockUtil.reset();
  }

  @Test
  void deputyReceivesOpenAndNewTasks_actsForTheOfficer_andGivesBackWhatIsOpenAfterTheLeave() {
    at(LocalDate.of(2026, 4, 6), 10);
    String before = submit("员工宿舍配套");
    assertThat(assignee(before)).isEqualTo(OFFICER);
    JsonNode leave = api.call(OFFICER, HttpMethod.POST, "/api/deputies", leave(null, DEPUTY, "2026-04-07",
        "2026-04-08"), HttpStatus.CREATED);
    long id = leave.path("id").asLong();
    assertThat(leave.path("state").asText()).isEqualTo("SCHEDULED");
    assertThat(leave.path("deputyName").asText()).isEqualTo("刘洋");
    assertThat(assignee(before)).isEqualTo(OFFICER);

    // the first day: the open task goes to the deputy, and so does a task created during the leave
    at(LocalDate.of(2026, 4, 7), 0);
    api.executeJobs(DeputyLeaveProcess.KEY_PREFIX + id, DeputyLeaveProcess.UNTIL_LEAVE_STARTS);
    assertThat(state(id)).isEqualTo("ACTIVE");
    assertThat(assignee(before)).isEqualTo(DEPUTY);
    at(LocalDate.of(2026, 4, 7), 10);
    String during = submit("招工补贴申报");
    assertThat(assignee(during)).isEqualTo(DEPUTY);
    assertThat(api.call(DEPUTY, HttpMethod.GET, "/api/deputies", null, HttpStatus.OK))
        .anyMatch(l -> l.path("id").asLong() == id);

    // the deputy signs for one case; the timeline says for whom; the deputy reads the case
    api.completeTask(DEPUTY, during, ACKNOWLEDGE_REQUEST, "firstAnswer", "已收到，李娜休假期间由刘洋跟进。");
    assertThat(timeline.of(during)).extracting(TimelineEntry::description).contains("刘洋（代李娜）办理了「签收诉求」");
    assertThat(timeline.of(during)).filteredOn(e -> e.action().equals(Leaves.ACTED))
        .singleElement().extracting(TimelineEntry::actor).isEqualTo(DEPUTY);
    api.call(DEPUTY, HttpMethod.GET, "/api/requests/" + during, null, HttpStatus.OK);
    // the officer on leave keeps no hold on what it handed over, nor on what was created for it meanwhile
    assertThat(visibleTo(OFFICER, before)).isEmpty();
    assertThat(visibleTo(OFFICER, during)).isEmpty();
    api.exchange(OFFICER, HttpMethod.POST, "/engine-rest/task/" + taskId(before) + "/complete",
        "{\"variables\": {\"firstAnswer\": {\"value\": \"休假中\"}}}", HttpStatus.FORBIDDEN);
    assertThat(assignee(before)).isEqualTo(DEPUTY);

    // after the last day, what the deputy still holds goes back
    at(LocalDate.of(2026, 4, 9), 0);
    api.executeJobs(DeputyLeaveProcess.KEY_PREFIX + id, DeputyLeaveProcess.UNTIL_LEAVE_ENDS);
    assertThat(state(id)).isEqualTo("ENDED");
    assertThat(assignee(before)).isEqualTo(OFFICER);
    assertThat(visibleTo(OFFICER, before)).hasSize(1);
    assertThat(visibleTo(DEPUTY, before)).as("the deputy holds it no more").isEmpty();
    assertThat(timeline.of(before)).extracting(TimelineEntry::action)
        .containsSubsequence(Leaves.TOOK_OVER, Leaves.RETURNED);
    at(LocalDate.of(2026, 4, 9), 10);
    String after = submit("厂区道路维修");
    assertThat(assignee(after)).isEqualTo(OFFICER);
  }

  @Test
  void supervisorCancelsARunningLeave_tasksGoBack_andACancelledLeaveCannotBeCancelledAgain() {
    at(LocalDate.of(2026, 4, 20), 9);
    String caseNumber = submit("外籍员工社保咨询");
    JsonNode leave = api.call("chenjianguo", HttpMethod.POST, "/api/deputies", leave(OFFICER, DEPUTY, "2026-04-20",
        "2026-04-24"), HttpStatus.CREATED);
    long id = leave.path("id").asLong();
    api.executeJobs(DeputyLeaveProcess.KEY_PREFIX + id, DeputyLeaveProcess.UNTIL_LEAVE_STARTS);
    assertThat(assignee(caseNumber)).isEqualTo(DEPUTY);

    JsonNode cancelled = api.call("chenjianguo", HttpMethod.DELETE, "/api/deputies/" + id, null, HttpStatus.OK);
    assertThat(cancelled.path("state").asText()).isEqualTo("CANCELLED");
    assertThat(assignee(caseNumber)).isEqualTo(OFFICER);
    assertThat(api.call("admin", HttpMethod.GET, "/engine-rest/process-instance?businessKey="
        + DeputyLeaveProcess.KEY_PREFIX + id, null, HttpStatus.OK)).isEmpty();
    ApiCalls.apiProblem(api.send("chenjianguo", HttpMethod.DELETE, "/api/deputies/" + id, null),
        HttpStatus.CONFLICT, "已结束或已取消");
    ApiCalls.apiProblem(api.send("chenjianguo", HttpMethod.DELETE, "/api/deputies/999999", null),
        HttpStatus.NOT_FOUND, "请假");
  }

  @Test
  void badLeaves_areRefusedInChineseAndEnglish_andChangeNothing() {
    at(LocalDate.of(2026, 5, 4), 10);
    long scheduled = api.call(OFFICER, HttpMethod.POST, "/api/deputies", leave(null, DEPUTY, "2026-05-11",
        "2026-05-12"), HttpStatus.CREATED).path("id").asLong();
    long stored = count();

    JsonNode self = refused(leave(null, OFFICER, "2026-05-18", "2026-05-19"), HttpStatus.BAD_REQUEST,
        "代理人不能是请假人本人");
    assertThat(ApiCalls.fields(self)).containsExactly("deputyId");
    JsonNode unknown = refused(leave("nobody", "nobody2", "2026-05-18", "2026-05-19"), HttpStatus.BAD_REQUEST,
        "不是已登记的首席服务官");
    assertThat(ApiCalls.fields(unknown)).containsExactlyInAnyOrder("officerId", "deputyId");
    JsonNode dates = refused(leave(null, DEPUTY, "2026-05-01", "2026-04-30"), HttpStatus.BAD_REQUEST,
        "不能早于今天");
    assertThat(ApiCalls.fields(dates)).containsExactlyInAnyOrder("startsOn", "endsOn");
    JsonNode overlap = refused(leave(null, "zhangwei", "2026-05-12", "2026-05-15"), HttpStatus.CONFLICT,
        "已有请假");
    assertThat(overlap.path("detail").asText()).contains("already has a leave");
    ApiCalls.apiProblem(api.send(DEPUTY, HttpMethod.POST, "/api/deputies", leave(OFFICER, "zhangwei", "2026-05-18",
        "2026-05-19")), HttpStatus.FORBIDDEN, "只有首席服务官本人");
    assertThat(count()).isEqualTo(stored);

    api.call(OFFICER, HttpMethod.DELETE, "/api/deputies/" + scheduled, null, HttpStatus.OK);
    assertThat(state(scheduled)).isEqualTo("CANCELLED");
  }

  /**
   * A supervisor away is covered the way an officer is (ADR 0024): the administrator sets the leave, and the
   * supervision tasks the supervisor holds, and those the supervisor is given meanwhile, go to the deputy supervisor
   * and come back after the leave. Nobody needs Camunda's right to reassign a task someone has.
   */
  @Test
  void supervisorsLeave_handsTheirSupervisionTasksToTheDeputySupervisor_andBack() {
    at(LocalDate.of(2026, 6, 1), 10);
    String before = submit("职工食堂证照办理");
    at(LocalDate.of(2026, 6, 2), 11);
    api.executeJobs(before, RESPONSE_OVERDUE);
    assertThat(assignee(before, SUPERVISE_RESPONSE)).isEqualTo(SUPERVISOR);
    assertThat(toldOfOverdueResponse(before)).as("the red light's notice tells the supervisor of the task too")
        .containsExactly(tuple(SUPERVISOR, "RESPONSE_OVERDUE"));
    long id = api.call("admin", HttpMethod.POST, "/api/deputies", leave(SUPERVISOR, DEPUTY_SUPERVISOR, "2026-06-03",
        "2026-06-04"), HttpStatus.CREATED).path("id").asLong();

    at(LocalDate.of(2026, 6, 3), 0);
    api.executeJobs(DeputyLeaveProcess.KEY_PREFIX + id, DeputyLeaveProcess.UNTIL_LEAVE_STARTS);
    assertThat(assignee(before, SUPERVISE_RESPONSE)).isEqualTo(DEPUTY_SUPERVISOR);
    assertThat(assignee(before, ACKNOWLEDGE_REQUEST)).as("the officer's own task is not the supervisor's")
        .isEqualTo(OFFICER);
    at(LocalDate.of(2026, 6, 3), 9);
    String during = submit("招聘会场地协调");
    at(LocalDate.of(2026, 6, 4), 10);
    api.executeJobs(during, RESPONSE_OVERDUE);
    assertThat(assignee(during, SUPERVISE_RESPONSE)).isEqualTo(DEPUTY_SUPERVISOR);
    assertThat(toldOfOverdueResponse(during)).as("the deputy, not told by the red light's notice, is told of the task")
        .containsExactlyInAnyOrder(tuple(SUPERVISOR, "RESPONSE_OVERDUE"),
            tuple(DEPUTY_SUPERVISOR, Notifications.TASK_CREATED));

    at(LocalDate.of(2026, 6, 5), 0);
    api.executeJobs(DeputyLeaveProcess.KEY_PREFIX + id, DeputyLeaveProcess.UNTIL_LEAVE_ENDS);
    assertThat(state(id)).isEqualTo("ENDED");
    assertThat(assignee(before, SUPERVISE_RESPONSE)).isEqualTo(SUPERVISOR);
    assertThat(assignee(during, SUPERVISE_RESPONSE)).isEqualTo(SUPERVISOR);
    assertThat(timeline.of(before)).extracting(TimelineEntry::action)
        .containsSubsequence(Leaves.TOOK_OVER, Leaves.RETURNED);
    api.completeTask(SUPERVISOR, before, SUPERVISE_RESPONSE, "supervisionNote", "已提醒李娜立即签收");
    assertThat(api.call("admin", HttpMethod.GET, "/engine-rest/task?processInstanceBusinessKey=" + before
        + "&taskDefinitionKey=" + SUPERVISE_RESPONSE, null, HttpStatus.OK)).isEmpty();
  }

  /** Who was told what by the case's red light, the officer apart. */
  private List<Tuple> toldOfOverdueResponse(String caseNumber) {
    return notifications.ofCase(caseNumber).stream().filter(n -> !n.recipient().equals(OFFICER))
        .filter(n -> n.kind().equals("RESPONSE_OVERDUE") || n.kind().equals(Notifications.TASK_CREATED))
        .map(n -> tuple(n.recipient(), n.kind())).toList();
  }

  private JsonNode refused(String body, HttpStatus status, String chinese) {
    ResponseEntity<String> response = api.send(OFFICER, HttpMethod.POST, "/api/deputies", body);
    JsonNode problem = ApiCalls.apiProblem(response, status, chinese);
    assertThat(problem.path("title").asText()).isNotBlank();
    assertThat(problem.path("titleZh").asText()).isNotBlank();
    return problem;
  }

  private static String leave(String officer, String deputy, String startsOn, String endsOn) {
    return """
        {"officerId": %s, "deputyId": "%s", "startsOn": "%s", "endsOn": "%s", "reason": "年休假"}"""
        .formatted(officer == null ? "null" : "\"" + officer + "\"", deputy, startsOn, endsOn);
  }

  private String submit(String title) {
    JsonNode submitted = api.call("ent06", HttpMethod.POST, "/api/requests", RequestFixtures.body(ent06, title),
        HttpStatus.CREATED);
    assertThat(submitted.path("officer").asText()).isEqualTo(OFFICER);
    return submitted.path("caseNumber").asText();
  }

  private String assignee(String caseNumber) {
    return assignee(caseNumber, ACKNOWLEDGE_REQUEST);
  }

  private String assignee(String caseNumber, String taskKey) {
    JsonNode tasks = api.call("admin", HttpMethod.GET, "/engine-rest/task?processInstanceBusinessKey=" + caseNumber
        + "&taskDefinitionKey=" + taskKey, null, HttpStatus.OK);
    assertThat(tasks.size()).isEqualTo(1);
    return tasks.get(0).path("assignee").asText();
  }

  private String taskId(String caseNumber) {
    return api.call("admin", HttpMethod.GET, "/engine-rest/task?processInstanceBusinessKey=" + caseNumber
        + "&taskDefinitionKey=" + ACKNOWLEDGE_REQUEST, null, HttpStatus.OK).get(0).path("id").asText();
  }

  /** The open tasks of the case that {@code user} may see through engine-rest. */
  private JsonNode visibleTo(String user, String caseNumber) {
    return api.call(user, HttpMethod.GET, "/engine-rest/task?processInstanceBusinessKey=" + caseNumber, null,
        HttpStatus.OK);
  }

  private String state(long id) {
    return jdbc.sql("select state from deputy_leave where id = :id").param("id", id).query(String.class).single();
  }

  private long count() {
    return jdbc.sql("select count(*) from deputy_leave").query(Long.class).single();
  }

  private static void at(LocalDate day, int hour) {
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(day.atTime(hour, 0), StewardClock.ZONE).toInstant()));
  }
}
