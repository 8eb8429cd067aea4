package org.steward.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.project.process.ProjectMilestonesProcess.APPROVE_REPLAN;
import static org.steward.project.process.ProjectMilestonesProcess.CONFIRM_MILESTONE;
import static org.steward.project.process.ProjectMilestonesProcess.FILE_PROGRESS;
import static org.steward.project.process.ProjectMilestonesProcess.FILING_PERIOD_OPENS;

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
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.steward.ApiCalls;
import org.steward.EmbeddedPostgresConfiguration;
import org.steward.directory.DirectoryManagement;
import org.steward.shared.StewardClock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An industrial project end to end on PostgreSQL, nothing mocked: registered over {@code /api/projects}, a problem
 * reported by the enterprise runs as an enterprise request, the officer re-plans 动工 and the leader approves, the
 * officer files a month's progress and confirms 动工 (overriding the open problem), 竣工 and 投产, all through
 * {@code /engine-rest} as themselves; the finished project keeps its record.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "steward.demo.enabled=true")
@ActiveProfiles("test")
@Import(EmbeddedPostgresConfiguration.class)
class ProjectIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PASSWORD = "demo";
  private static final String CODE = "XM2026-IT01";

  @Autowired
  TestRestTemplate http;
  ApiCalls api;
  @Autowired
  DirectoryManagement directory;

  long ent03;

  @BeforeEach
  void setUp() {
    api = new ApiCalls(http, PASSWORD);
    ent03 = directory.enterpriseOfUser("ent03").orElseThrow().id();
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void registered_problemRunsAsARequest_replannedOnce_allThreeMilestonesConfirmed_projectFinished() {
    at(LocalDate.of(2026, 3, 2), 10);
    ObjectNode bad = registration();
    bad.put("plannedCompletion", "2026-03-20");
    JsonNode refused = api.call("admin", HttpMethod.POST, "/api/projects", bad.toString(), HttpStatus.BAD_REQUEST);
    assertThat(refused.path("errors").get(0).path("field").asText()).isEqualTo("plannedCompletion");
    JsonNode registered = api.call("admin", HttpMethod.POST, "/api/projects", registration().toString(),
        HttpStatus.CREATED);
    assertThat(registered.path("state").asText()).isEqualTo("ON_TRACK");

    // the enterprise reports a problem: it runs as an enterprise request, linked to the project
    JsonNode problem = api.call("ent03", HttpMethod.POST, "/api/projects/" + CODE + "/problems",
        "{\"milestone\":\"CONSTRUCTION_START\",\"category\":\"permits\",\"description\":\"施工许可证审批等待中\","
            + "\"contactName\":\"李经理\",\"contactPhone\":\"020-12345678\"}", HttpStatus.CREATED);
    String caseNumber = problem.path("caseNumber").asText();
    JsonNode request = api.call("ent03", HttpMethod.GET, "/api/requests/" + caseNumber, null, HttpStatus.OK);
    assertThat(request.path("state").asText()).isEqualTo("SUBMITTED");
    assertThat(request.path("title").asText()).contains("项目卡点", "动工");
    assertThat(processInstances(caseNumber)).isEqualTo(1);

    // 改期: the officer asks, the leader approves; the original plan stays visible
    complete("huangqiang", CONFIRM_MILESTONE, "action", "REPLAN", "requestedDate", "2026-04-15",
        "replanReason", "施工许可证预计四月初取得");
    complete("hejun", APPROVE_REPLAN, "replanDecision", "APPROVED", "decisionNote", "同意");
    JsonNode replanned = project("admin");
    JsonNode start = replanned.path("milestones").get(0);
    assertThat(start.path("originalDate").asText()).isEqualTo("2026-04-01");
    assertThat(start.path("plannedDate").asText()).isEqualTo("2026-04-15");
    assertThat(start.path("replans").get(0).path("decidedBy").asText()).isEqualTo("hejun");

    // the project's officer copies the project to a leader, who then hears of each milestone confirmed
    api.call("huangqiang", HttpMethod.POST, "/api/copies/" + CODE, "{\"to\": [\"hejun\"]}", HttpStatus.CREATED);

    // convening works on projects too: the project's officer convenes two officers on it
    api.call("huangqiang", HttpMethod.POST, "/api/cases/" + CODE + "/convenings",
        "{\"question\":\"施工许可能否容缺受理？\",\"officers\":[\"liuyang\",\"wangjing\"],\"timeLimit\":3}",
        HttpStatus.CREATED);
    complete("liuyang", "UserTask_GiveOpinion", "opinion", "可以容缺受理");
    complete("wangjing", "UserTask_GiveOpinion", "opinion", "同意");
    complete("huangqiang", "UserTask_ConcludeConvening", "conclusion", "申请容缺受理施工许可");

    // the first month opens on April 1st; the officer files it
    at(LocalDate.of(2026, 4, 1), 9);
    fireTimers(FILING_PERIOD_OPENS);
    // a percent out of range: the record step refuses it, in Chinese with the form's label, and the task stays
    ResponseEntity<String> tooMuch = tryComplete("huangqiang", FILE_PROGRESS, "percent", 150,
        "progressNotes", "场地平整完成");
    assertThat(ApiCalls.fields(ApiCalls.problem(tooMuch, HttpStatus.BAD_REQUEST,
        "任务未完成：形象进度（%）：须在 0 到 100 之间"))).containsExactly("percent");
    complete("huangqiang", FILE_PROGRESS, "percent", 10, "progressNotes", "场地平整完成");

    // 动工 with the problem still open: only with an override reason
    at(LocalDate.of(2026, 4, 14), 10);
    ResponseEntity<String> blocked = tryComplete("huangqiang", CONFIRM_MILESTONE, "action", "CONFIRM",
        "actualDate", "2026-04-14", "note", "正式开工");
    assertThat(ApiCalls.problem(blocked, HttpStatus.BAD_REQUEST, "越过卡点的理由").path("errors")).isNotEmpty();
    complete("huangqiang", CONFIRM_MILESTONE, "action", "CONFIRM", "actualDate", "2026-04-14", "note", "正式开工",
        "overrideReason", "已取得桩基先行施工许可");

    at(LocalDate.of(2026, 9, 29), 10);
    complete("huangqiang", CONFIRM_MILESTONE, "action", "CONFIRM", "actualDate", "2026-09-29", "note", "竣工验收通过");
    at(LocalDate.of(2026, 12, 14), 10);
    complete("huangqiang", CONFIRM_MILESTONE, "action", "CONFIRM", "actualDate", "2026-12-14", "note", "首批产品下线");

    JsonNode finished = project("ent03");
    assertThat(finished.path("state").asText()).isEqualTo("FINISHED");
    assertThat(api.call("hejun", HttpMethod.GET, "/api/notifications?limit=200", null, HttpStatus.OK))
        .extracting(n -> n.path("text").asText()).filteredOn(text -> text.startsWith("抄送您的项目 " + CODE))
        .containsExactlyInAnyOrder("抄送您的项目 " + CODE + "：动工已确认", "抄送您的项目 " + CODE + "：竣工已确认",
            "抄送您的项目 " + CODE + "：投产已确认", "抄送您的项目 " + CODE + "：项目已投产，跟踪结束");
    assertThat(finished.path("currentMilestone").isNull()).isTrue();
    assertThat(finished.path("milestones")).allSatisfy(m -> assertThat(m.path("confirmed").asBoolean()).isTrue());
    assertThat(finished.path("milestones").get(0).path("overrideReason").asText()).isEqualTo("已取得桩基先行施工许可");
    assertThat(finished.path("filings").get(0).path("percent").asInt()).isEqualTo(10);
    assertThat(actions(finished)).contains("PROJECT_REGISTERED", "PROBLEM_REPORTED", "REPLAN_REQUESTED",
        "REPLAN_APPROVED", "PROGRESS_FILED", "MILESTONE_CONFIRMED", "PROBLEM_OVERRIDDEN", "PROJECT_FINISHED",
        "CONVENED", "CONVENING_CONCLUDED");
    api.call("huangqiang", HttpMethod.POST, "/api/cases/" + CODE + "/convenings",
        "{\"question\":\"还要召集吗？\",\"officers\":[\"liuyang\",\"wangjing\"],\"timeLimit\":3}",
        HttpStatus.CONFLICT);
    assertThat(processInstances(CODE)).isZero();
    api.call("admin", HttpMethod.POST, "/api/projects/" + CODE + "/problems",
        "{\"milestone\":\"PRODUCTION_START\",\"category\":\"power\",\"description\":\"x\"}", HttpStatus.CONFLICT);
    JsonNode board = api.call("linhui", HttpMethod.GET, "/api/projects/board", null, HttpStatus.OK);
    assertThat(board.path("byState").path("FINISHED").asInt()).isPositive();
  }

  private ObjectNode registration() {
    ObjectNode body = JSON.createObjectNode();
    body.put("code", CODE).put("name", "生物医药产业化基地（二期）").put("enterpriseId", ent03).put("investment", 150000)
        .put("site", "天河区智慧城核心区").put("area", "天河区").put("keyProject", true).put("officer", "huangqiang")
        .put("leader", "hejun").put("followUpPlan", "每周走访，每月推进会").put("plannedConstructionStart", "2026-04-01")
        .put("plannedCompletion", "2026-09-30").put("plannedProductionStart", "2026-12-15");
    return body;
  }

  private JsonNode project(String user) {
    return api.call(user, HttpMethod.GET, "/api/projects/" + CODE, null, HttpStatus.OK);
  }

  private static List<String> actions(JsonNode view) {
    List<String> actions = new ArrayList<>();
    view.path("timeline").forEach(step -> actions.add(step.path("action").asText()));
    return actions;
  }

  // --- Tasklist's way: engine-rest as the user -----------------------------------------------------------------------

  private void complete(String user, String taskKey, Object... namesAndValues) {
    ResponseEntity<String> response = tryComplete(user, taskKey, namesAndValues);
    assertThat(response.getStatusCode()).as("%s completes %s: %s", user, taskKey, response.getBody())
        .isEqualTo(HttpStatus.NO_CONTENT);
  }

  private ResponseEntity<String> tryComplete(String user, String taskKey, Object... namesAndValues) {
    JsonNode tasks = api.call(user, HttpMethod.GET, "/engine-rest/task?processInstanceBusinessKey=" + CODE
        + "&taskDefinitionKey=" + taskKey, null, HttpStatus.OK);
    assertThat(tasks).as("%s sees one %s", user, taskKey).hasSize(1);
    String body = ApiCalls.completion(namesAndValues);
    return api.send(user, HttpMethod.POST, "/engine-rest/task/" + tasks.get(0).path("id").asText() + "/complete",
        body);
  }

  private long processInstances(String businessKey) {
    return api.call("admin", HttpMethod.GET, "/engine-rest/process-instance/count?businessKey=" + businessKey, null,
        HttpStatus.OK).path("count").asLong();
  }

  private void fireTimers(String activityId) {
    List<String> jobs = new ArrayList<>();
    for (JsonNode instance : api.call("admin", HttpMethod.GET, "/engine-rest/process-instance?businessKey=" + CODE,
        null, HttpStatus.OK)) {
      api.call("admin", HttpMethod.GET, "/engine-rest/job?processInstanceId=" + instance.path("id").asText()
          + "&activityId=" + activityId, null, HttpStatus.OK).forEach(job -> jobs.add(job.path("id").asText()));
    }
    assertThat(jobs).as("timer jobs of %s", activityId).isNotEmpty();
    jobs.forEach(job -> api.exchange("admin", HttpMethod.POST, "/engine-rest/job/" + job + "/execute", null,
        HttpStatus.NO_CONTENT));
  }

  // --- HTTP and clock ------------------------------------------------------------------------------------------------

  private static void at(LocalDate day, int hour) {
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(day.atTime(hour, 0), StewardClock.ZONE).toInstant()));
  }
}
