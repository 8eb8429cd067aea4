package org.steward.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.ApiCalls.apiProblem;
import static org.steward.request.process.EnterpriseRequestProcess.ACKNOWLEDGE_REQUEST;
import static org.steward.request.process.EnterpriseRequestProcess.DECIDE_HANDLING;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.steward.ApiCalls;
import org.steward.EmbeddedPostgresConfiguration;
import org.steward.attachment.SampleFiles;
import org.steward.directory.DirectoryManagement;
import org.steward.notification.Notifications;
import org.steward.request.RequestManagement;
import org.steward.shared.StewardClock;
import org.steward.timeline.Timeline;
import org.steward.visit.process.EnterpriseVisitProcess;
import org.steward.visit.process.VisitCycleProcess;

/**
 * Visits end to end on PostgreSQL, nothing mocked: the monthly timer opens the April 2026 cycle (a quarter's first
 * month: every enterprise is due, the key ones monthly), its planning job creates each officer's tasks; huangqiang
 * records a visit of key enterprise ent03 in Tasklist's way (refused, then accepted), adds a photo and raises a problem
 * as a linked request; another officer reaches none of it. May's cycle visits only the monthly enterprises whose
 * visit is done. The readers of a request raised from a visit see the enterprise's latest visits, each as its role may.
 * Demo: ent03 and ent09 are key enterprises of huangqiang, ent01 and ent02 zhangwei's, ent05 wangjing's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "steward.demo.enabled=true")
@ActiveProfiles("test")
@Import(EmbeddedPostgresConfiguration.class)
class VisitIT {

  private static final String OFFICER = "huangqiang";
  private static final String SUPERVISOR = "chenjianguo";

  @Autowired
  TestRestTemplate http;
  ApiCalls api;
  @Autowired
  DirectoryManagement directory;
  @Autowired
  ManagementService management;
  @Autowired
  TaskService tasks;
  @Autowired
  RequestManagement requests;
  @Autowired
  Timeline timeline;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  Visits visits;

  long ent01;
  long ent02;
  long ent03;

  @BeforeEach
  void setUp() {
    api = new ApiCalls(http, "demo");
    ent01 = directory.enterpriseOfUser("ent01").orElseThrow().id();
    ent02 = directory.enterpriseOfUser("ent02").orElseThrow().id();
    ent03 = directory.enterpriseOfUser("ent03").orElseThrow().id();
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aCycleCreatesTheTasks_aVisitIsRecorded_andAProblemBecomesALinkedRequest() {
    // zhangwei's ent02 is visited monthly by its own setting (a supervisor's)
    api.call(SUPERVISOR, HttpMethod.PUT, "/api/visit-cycles/enterprises/" + ent02, "{\"cycle\":\"MONTHLY\"}",
        HttpStatus.NO_CONTENT);
    assertThat(api.call(SUPERVISOR, HttpMethod.GET, "/api/visit-cycles", null, HttpStatus.OK)
        .path("byEnterprise").path(String.valueOf(ent02)).asText()).isEqualTo("MONTHLY");

    openCycle(LocalDate.of(2026, 4, 1));
    assertThat(cycleOf(ent03, "2026-04-01")).as("key enterprise").isEqualTo("MONTHLY");
    assertThat(cycleOf(ent01, "2026-04-01")).isEqualTo("QUARTERLY");
    assertThat(cycleOf(ent02, "2026-04-01")).isEqualTo("MONTHLY");
    long ent09 = directory.enterpriseOfUser("ent09").orElseThrow().id();
    List<Task> huangqiang = visitTasks("2026-04-01", OFFICER);
    assertThat(enterprisesOf(huangqiang)).contains(ent03, ent09);
    assertThat(enterprisesOf(visitTasks("2026-04-01", "zhangwei"))).contains(ent01, ent02)
        .doesNotContain(ent03);
    // each officer hears of the cycle's visits once, not once per visit
    List<String> told = jdbc.sql("""
            select text from notification where recipient = :officer and kind = :kind
            and created_at >= :from and created_at < :to""")
        .param("officer", OFFICER).param("kind", VisitPlanning.VISITS_PLANNED)
        .param("from", Timestamp.from(ZonedDateTime.of(2026, 4, 1, 0, 0, 0, 0, StewardClock.ZONE).toInstant()))
        .param("to", Timestamp.from(ZonedDateTime.of(2026, 4, 2, 0, 0, 0, 0, StewardClock.ZONE).toInstant()))
        .query(String.class).list();
    assertThat(told).singleElement().asString().contains("您有 " + visitsOf(OFFICER, "2026-04-01") + " 家企业需要走访");
    assertThat(jdbc.sql("select count(*) from notification where kind = :kind and case_number in (:cases)")
        .param("kind", Notifications.TASK_CREATED).param("cases", huangqiang.stream()
            .map(t -> Visits.CASE_PREFIX + tasks.getVariable(t.getId(), EnterpriseVisitProcess.VISIT_ID)).toList())
        .query(Long.class).single()).as("no new-task notification per visit").isZero();
    Task ent03Visit = huangqiang.stream().filter(t -> ent03 == (Long) tasks.getVariable(t.getId(),
        EnterpriseVisitProcess.ENTERPRISE_ID)).findFirst().orElseThrow();
    assertThat(tasks.getVariable(ent03Visit.getId(), EnterpriseVisitProcess.CYCLE_LABEL)).isEqualTo("每月");
    long visit = (Long) tasks.getVariable(ent03Visit.getId(), EnterpriseVisitProcess.VISIT_ID);

    // the record is checked: a date in the future is refused and the task stays open
    at(LocalDate.of(2026, 4, 3), 10);
    ResponseEntity<String> refused = api.send(OFFICER, HttpMethod.POST, "/engine-rest/task/" + ent03Visit.getId()
        + "/complete", ApiCalls.completion("visitDate", "2026-04-10", "mode", "ON_SITE", "peopleMet", "李总（总经理）",
        "situation", "新产线调试中", "problems", "用工缺口 30 人\n厂房用电容量不足"));
    assertThat(ApiCalls.fields(ApiCalls.problem(refused, HttpStatus.BAD_REQUEST, "不能晚于今天")))
        .containsExactly("visitDate");
    assertThat(enterprisesOf(visitTasks("2026-04-01", OFFICER))).contains(ent03);
    api.call(OFFICER, HttpMethod.POST, "/engine-rest/task/" + ent03Visit.getId() + "/complete",
        ApiCalls.completion("visitDate", "2026-04-02", "mode", "ON_SITE", "peopleMet", "李总（总经理）",
            "situation", "新产线调试中", "problems", "用工缺口 30 人\n厂房用电容量不足"), HttpStatus.NO_CONTENT);
    assertThat(enterprisesOf(visitTasks("2026-04-01", OFFICER))).contains(ent09).doesNotContain(ent03);
    JsonNode recorded = api.call(OFFICER, HttpMethod.GET, "/api/visits/" + visit, null, HttpStatus.OK);
    assertThat(recorded.path("state").asText()).isEqualTo("DONE");
    assertThat(recorded.path("modeLabel").asText()).isEqualTo("实地");
    assertThat(recorded.path("problems").findValuesAsText("text")).containsExactly("用工缺口 30 人", "厂房用电容量不足");

    // a photo, and the second problem as a request of ent03, linked to the visit
    assertThat(uploadPhoto(OFFICER, visit).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode raised = api.call(OFFICER, HttpMethod.POST, "/api/visits/" + visit + "/problems/2/request",
        "{\"category\":\"power\",\"contactName\":\"李总\",\"contactPhone\":\"020-12345678\"}", HttpStatus.CREATED);
    String caseNumber = raised.path("caseNumber").asText();
    assertThat(requests.view(caseNumber).enterpriseId()).isEqualTo(ent03);
    assertThat(requests.view(caseNumber).channel()).isEqualTo("VISIT");
    assertThat(requests.view(caseNumber).title()).isEqualTo("厂房用电容量不足");
    assertThat(timeline.of(caseNumber)).anyMatch(step -> step.action().equals("RAISED_FROM_VISIT"));
    JsonNode linked = api.call(OFFICER, HttpMethod.GET, "/api/visits/" + visit, null, HttpStatus.OK);
    assertThat(linked.path("problems").get(1).path("caseNumber").asText()).isEqualTo(caseNumber);
    assertThat(linked.path("problems").get(0).path("caseNumber").isNull()).isTrue();
    assertThat(linked.path("photos")).hasSize(1);
    apiProblem(api.send(OFFICER, HttpMethod.POST, "/api/visits/" + visit + "/problems/2/request",
        "{\"category\":\"power\",\"contactName\":\"李总\",\"contactPhone\":\"020-12345678\"}"), HttpStatus.CONFLICT,
        "已转为诉求 " + caseNumber);
    apiProblem(api.send(OFFICER, HttpMethod.POST, "/api/visits/" + visit + "/problems/3/request",
        "{\"category\":\"power\",\"contactName\":\"李总\",\"contactPhone\":\"020-12345678\"}"), HttpStatus.NOT_FOUND,
        "");
    assertThat(api.call(SUPERVISOR, HttpMethod.GET, "/api/visits?enterpriseId=" + ent03, null, HttpStatus.OK)
        .findValuesAsText("id")).contains(String.valueOf(visit));

    // another officer reaches none of it; an enterprise is refused
    long requestsBefore = requestCount();
    apiProblem(api.send("zhangwei", HttpMethod.GET, "/api/visits/" + visit, null), HttpStatus.NOT_FOUND, "");
    apiProblem(api.send("zhangwei", HttpMethod.POST, "/api/visits/" + visit + "/problems/1/request",
        "{\"category\":\"power\",\"contactName\":\"李总\",\"contactPhone\":\"020-12345678\"}"), HttpStatus.NOT_FOUND,
        "");
    assertThat(uploadPhoto("zhangwei", visit).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(api.call("zhangwei", HttpMethod.GET, "/api/visits?enterpriseId=" + ent03, null, HttpStatus.OK))
        .isEmpty();
    assertThat(api.call("zhangwei", HttpMethod.GET, "/api/visits", null, HttpStatus.OK).findValuesAsText("id"))
        .doesNotContain(String.valueOf(visit));
    apiProblem(api.send("ent03", HttpMethod.GET, "/api/visits/" + visit, null), HttpStatus.FORBIDDEN, "走访由首席服务官");
    assertThat(requestCount()).isEqualTo(requestsBefore);
    assertThat(visitTasks("2026-04-01", "zhangwei")).allSatisfy(task -> assertThat(api.send(OFFICER,
        HttpMethod.POST, "/engine-rest/task/" + task.getId() + "/complete", ApiCalls.completion("visitDate",
            "2026-04-02", "mode", "PHONE", "peopleMet", "王总", "situation", "平稳")).getStatusCode())
        .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND));

    // May: the monthly enterprises whose April visit is done (ent03) are visited again; quarterly ones are not due,
    // and an open visit (ent02's) is not doubled
    openCycle(LocalDate.of(2026, 5, 1));
    assertThat(cycleOf(ent03, "2026-05-01")).isEqualTo("MONTHLY");
    assertThat(cycleOf(ent01, "2026-05-01")).isNull();
    assertThat(cycleOf(ent02, "2026-05-01")).isNull();
    assertThat(enterprisesOf(visitTasks("2026-05-01", OFFICER))).contains(ent03).doesNotContain(ent09);
  }

  @Test
  void aCasesReaders_seeItsEnterprisesLatestVisits_officersInDetail_theDepartmentTheDatesOnly() {
    long ent05 = directory.enterpriseOfUser("ent05").orElseThrow().id();
    long visit = VisitFixtures.record(jdbc, visits, ent05, "wangjing", LocalDate.of(2025, 10, 15), "PHONE",
        "赵厂长（生产副总）", "冷库改造进行中，资金周转偏紧", "冷库扩建需增加用电容量\n希望协调检测机构上门服务");
    String raised = VisitFixtures.raise(visits, visit, 1, "wangjing");
    api.completeTask("wangjing", raised, ACKNOWLEDGE_REQUEST, "firstAnswer", "已收到。");
    api.completeTask("wangjing", raised, DECIDE_HANDLING, "decision", "HAND_OVER", "leadDepartment", "power",
        "cooperatingDepartments", "", "timeLimit", 5);
    String path = "/api/requests/" + raised + "/visits";

    for (String staff : List.of("wangjing", SUPERVISOR)) {
      JsonNode detailed = api.call(staff, HttpMethod.GET, path, null, HttpStatus.OK);
      assertThat(detailed.path("detailed").asBoolean()).as(staff).isTrue();
      JsonNode latest = detailed.path("visits").get(0);
      assertThat(latest.path("visitedOn").asText()).isEqualTo("2025-10-15");
      assertThat(latest.path("modeLabel").asText()).isEqualTo("电话");
      assertThat(latest.path("officerName").asText()).isEqualTo("王静");
      assertThat(latest.path("problemCount").asInt()).isEqualTo(2);
      assertThat(latest.path("caseNumbers")).hasSize(1);
      assertThat(latest.path("caseNumbers").get(0).asText()).isEqualTo(raised);
    }
    // the department handling the request: the date, mode and officer only; never the officer's notes
    ResponseEntity<String> department = api.exchange("power01", HttpMethod.GET, path, null, HttpStatus.OK);
    JsonNode brief = ApiCalls.json(department);
    assertThat(brief.path("detailed").asBoolean()).isFalse();
    assertThat(brief.path("visits").get(0).path("officerName").asText()).isEqualTo("王静");
    assertThat(brief.path("visits").get(0).path("problemCount").isNull()).isTrue();
    assertThat(brief.path("visits").get(0).path("caseNumbers").isNull()).isTrue();
    assertThat(department.getBody()).doesNotContain("赵厂长", "资金周转", "冷库扩建", raised);
    // outside the case's scope: as if there were no case; an enterprise is refused
    apiProblem(api.send("zhangwei", HttpMethod.GET, path, null), HttpStatus.NOT_FOUND, "");
    apiProblem(api.send("water01", HttpMethod.GET, path, null), HttpStatus.NOT_FOUND, "");
    apiProblem(api.send("ent05", HttpMethod.GET, path, null), HttpStatus.FORBIDDEN, "");
  }

  @Test
  void badCycleSettings_areRefusedInChinese_andChangeNothing() {
    apiProblem(api.send(SUPERVISOR, HttpMethod.PUT, "/api/visit-cycles/tags/专精特新", "{\"cycle\":\"WEEKLY\"}"),
        HttpStatus.BAD_REQUEST, "须为每月（MONTHLY）或每季度（QUARTERLY）");
    apiProblem(api.send(SUPERVISOR, HttpMethod.PUT, "/api/visit-cycles/enterprises/999999", "{\"cycle\":\"MONTHLY\"}"),
        HttpStatus.NOT_FOUND, "");
    apiProblem(api.send("zhangwei", HttpMethod.PUT, "/api/visit-cycles/tags/专精特新", "{\"cycle\":\"MONTHLY\"}"),
        HttpStatus.FORBIDDEN, "只有督办人员和管理员可以设置");
    assertThat(api.call(SUPERVISOR, HttpMethod.GET, "/api/visit-cycles", null, HttpStatus.OK).path("byTag").has("专精特新"))
        .isFalse();
    api.call("admin", HttpMethod.PUT, "/api/visit-cycles/tags/专精特新", "{\"cycle\":\"MONTHLY\"}", HttpStatus.NO_CONTENT);
    api.call("admin", HttpMethod.DELETE, "/api/visit-cycles/tags/专精特新", null, HttpStatus.NO_CONTENT);
  }

  /** Fires the monthly timer at 01:00 of {@code month}'s first day, then runs the planning's jobs. */
  private void openCycle(LocalDate month) {
    at(month, 1);
    Job timer = management.createJobQuery().processDefinitionKey(VisitCycleProcess.ID).timers().list().stream()
        .filter(job -> job.getProcessInstanceId() == null).findFirst().orElseThrow();
    management.executeJob(timer.getId());
    api.executeJobs(VisitCycleProcess.KEY_PREFIX + month.toString().substring(0, 7), VisitCycleProcess.PLAN_VISITS);
    while (management.createJobQuery().activityId(VisitCycleProcess.PLAN_VISITS).count() > 0) {
      api.executeJobs(VisitCycleProcess.KEY_PREFIX + month.toString().substring(0, 7), VisitCycleProcess.PLAN_VISITS);
    }
  }

  private long visitsOf(String officer, String periodStart) {
    return jdbc.sql("select count(*) from visit where officer_id = :o and period_start = :p").param("o", officer)
        .param("p", LocalDate.parse(periodStart)).query(Long.class).single();
  }

  private String cycleOf(long enterprise, String periodStart) {
    return jdbc.sql("select cycle from visit where enterprise_id = :e and period_start = :p").param("e", enterprise)
        .param("p", LocalDate.parse(periodStart)).query(String.class).optional().orElse(null);
  }

  /** The 走访企业 tasks of {@code officer} for the visits planned in the cycle of {@code periodStart}. */
  private List<Task> visitTasks(String periodStart, String officer) {
    String[] keys = jdbc.sql("select id from visit where period_start = :p").param("p", LocalDate.parse(periodStart))
        .query(Long.class).list().stream().map(id -> Visits.CASE_PREFIX + id).toArray(String[]::new);
    return tasks.createTaskQuery().processDefinitionKey(EnterpriseVisitProcess.ID).processInstanceBusinessKeyIn(keys)
        .taskAssignee(officer).taskDefinitionKey(EnterpriseVisitProcess.VISIT_ENTERPRISE).list();
  }

  private List<Long> enterprisesOf(List<Task> visitTasks) {
    return visitTasks.stream().map(t -> (Long) tasks.getVariable(t.getId(), EnterpriseVisitProcess.ENTERPRISE_ID))
        .toList();
  }

  private long requestCount() {
    return jdbc.sql("select count(*) from request").query(Long.class).single();
  }

  private ResponseEntity<String> uploadPhoto(String user, long visit) {
    HttpHeaders part = new HttpHeaders();
    part.setContentDisposition(ContentDisposition.formData().name("files").filename("现场.png", StandardCharsets.UTF_8)
        .build());
    part.setContentType(MediaType.APPLICATION_OCTET_STREAM);
    MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    body.add("files", new HttpEntity<>(new ByteArrayResource(SampleFiles.png()), part));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return http.withBasicAuth(user, "demo").exchange("/api/visits/" + visit + "/photos", HttpMethod.POST,
        new HttpEntity<>(body, headers), String.class);
  }

  private static void at(LocalDate day, int hour) {
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(day.atTime(hour, 0), StewardClock.ZONE).toInstant()));
  }
}
