package org.steward.project.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.steward.directory.DirectoryManagement;
import org.steward.project.ProjectManagement;
import org.steward.project.process.ProjectMilestonesProcess;
import org.steward.shared.CaseSummary;
import org.steward.shared.Cases;
import org.steward.shared.StewardClock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code /api/projects} over HTTP with the demo users (password {@code demo}) on H2: officer {@code huangqiang}
 * (supervisor {@code linhui}), leaders {@code hejun} and {@code songli}, enterprise {@code ent03}, administrator
 * {@code admin}. The process runs for real; tasks are completed through the engine as their users. Each test works on
 * its own project codes, with the engine clock at Monday 2026-03-02 10:00.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ProjectControllerTests {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  @Autowired
  MockMvc mvc;
  @Autowired
  DirectoryManagement directory;
  @Autowired
  TaskService tasks;
  @Autowired
  RuntimeService runtime;
  @Autowired
  IdentityService identity;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  ProjectManagement projects;
  @Autowired
  Cases cases;

  long ent03;
  String code;

  @BeforeEach
  void setUp() {
    at(LocalDate.of(2026, 3, 2), 10);
    ent03 = directory.enterpriseOfUser("ent03").orElseThrow().id();
    code = "XM-T" + SEQUENCE.incrementAndGet() + "-" + (System.nanoTime() % 100_000);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
    identity.clearAuthentication();
  }

  @Test
  void register_startsTheProcess_andTheProjectShowsPlansLightsAndItsOfficer() throws Exception {
    JsonNode project = read(register("admin", body(code, true, "hejun", "2026-04-01", "2026-09-30", "2026-12-15"))
        .andExpect(status().isCreated()));

    assertThat(project.path("state").asText()).isEqualTo("ON_TRACK");
    assertThat(project.path("currentMilestone").asText()).isEqualTo("CONSTRUCTION_START");
    assertThat(project.path("milestones")).hasSize(3);
    JsonNode start = project.path("milestones").get(0);
    assertThat(start.path("label").asText()).isEqualTo("动工");
    assertThat(start.path("originalDate").asText()).isEqualTo("2026-04-01");
    assertThat(start.path("forecastDate").asText()).isEqualTo("2026-04-01");
    assertThat(start.path("light").asText()).isEqualTo("GREEN");
    assertThat(project.path("officerName").asText()).isEqualTo("黄强");
    assertThat(project.path("leaderName").asText()).isEqualTo("何军");
    assertThat(project.path("assignments")).hasSize(2);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(ProjectMilestonesProcess.ID)
        .processInstanceBusinessKey(code).count()).isEqualTo(1);
    Task confirm = tasks.createTaskQuery().processInstanceBusinessKey(code).singleResult();
    assertThat(confirm.getAssignee()).isEqualTo("huangqiang");
    assertThat(confirm.getName()).isEqualTo("确认里程碑｜" + code + "｜广州某某生物医药有限公司");
    assertThat(cases.find(code)).get().extracting(CaseSummary::kind, CaseSummary::open, CaseSummary::officer)
        .containsExactly("PROJECT", true, "huangqiang");
  }

  @Test
  void badRegistration_namesEveryField_inChineseAndEnglish_andStoresNothing() throws Exception {
    ObjectNode bad = body("bad code", true, null, "2026-02-01", "2026-01-15", "not a date");
    bad.put("investment", -5).put("officer", "nobody").put("site", " ");
    mvc.perform(post("/api/projects").with(httpBasic("admin", "demo"))
            .contentType(MediaType.APPLICATION_JSON).content(bad.toString()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("code", "investment", "site", "officer",
            "leader", "plannedConstructionStart", "plannedCompletion", "plannedProductionStart")))
        .andExpect(jsonPath("$.errors[*].messageZh", hasItem("重点项目必须指定挂点领导")))
        .andExpect(jsonPath("$.errors[*].message", hasItem("is required for a key project")))
        .andExpect(jsonPath("$.errors[*].messageZh", hasItem("不能早于今天（2026-03-02）")));
    assertThat(jdbc.sql("select count(*) from project where code = 'bad code'").query(Long.class).single()).isZero();
  }

  @Test
  void duplicateCode_409_enterpriseMayNotRegister_403() throws Exception {
    register("admin", body(code, false, null, "2026-04-01", "2026-09-30", "2026-12-15"))
        .andExpect(status().isCreated());
    register("admin", body(code, false, null, "2026-04-01", "2026-09-30", "2026-12-15"))
        .andExpect(status().isConflict()).andExpect(jsonPath("$.type").value("urn:steward:problem:project-exists"));
    register("ent03", body(code + "X", false, null, "2026-04-01", "2026-09-30", "2026-12-15"))
        .andExpect(status().isForbidden());
  }

  @Test
  void reassigningOfficerAndLeader_keepsTheHistory_andMovesTheOpenTasks() throws Exception {
    register("admin", body(code, true, "hejun", "2026-04-01", "2026-09-30", "2026-12-15"))
        .andExpect(status().isCreated());

    mvc.perform(post("/api/projects/" + code + "/officer").with(httpBasic("huangqiang", "demo"))
            .contentType(MediaType.APPLICATION_JSON).content("{\"officer\":\"zhouxin\",\"reason\":\"调岗\"}"))
        .andExpect(status().isForbidden());
    mvc.perform(post("/api/projects/" + code + "/officer").with(httpBasic("linhui", "demo"))
            .contentType(MediaType.APPLICATION_JSON).content("{\"officer\":\"zhouxin\",\"reason\":\"调岗\"}"))
        .andExpect(status().isOk()).andExpect(jsonPath("$.officer").value("zhouxin"));
    JsonNode project = read(mvc.perform(post("/api/projects/" + code + "/leader").with(httpBasic("admin", "demo"))
            .contentType(MediaType.APPLICATION_JSON).content("{\"leader\":\"songli\",\"reason\":\"分工调整\"}"))
        .andExpect(status().isOk()));

    JsonNode assignments = project.path("assignments");
    assertThat(assignments).hasSize(4);
    assertThat(assignments.get(0).path("userId").asText()).isEqualTo("huangqiang");
    assertThat(assignments.get(0).path("to").isNull()).isFalse();
    assertThat(assignments.get(2).path("userId").asText()).isEqualTo("zhouxin");
    assertThat(assignments.get(3).path("reason").asText()).isEqualTo("分工调整");
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(code).singleResult().getAssignee())
        .isEqualTo("zhouxin");
    mvc.perform(post("/api/projects/" + code + "/leader").with(httpBasic("admin", "demo"))
            .contentType(MediaType.APPLICATION_JSON).content("{\"leader\":\"huangqiang\",\"reason\":\"x\"}"))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("leader"));
  }

  @Test
  void problem_runsAsARequest_blocksConfirmationUntilOverridden() throws Exception {
    register("admin", body(code, true, "hejun", "2026-04-01", "2026-09-30", "2026-12-15"))
        .andExpect(status().isCreated());
    mvc.perform(post("/api/projects/" + code + "/problems").with(httpBasic("ent01", "demo"))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"milestone\":\"CONSTRUCTION_START\",\"category\":\"power\",\"description\":\"临电未接入\"}"))
        .andExpect(status().isNotFound());
    mvc.perform(post("/api/projects/" + code + "/problems").with(httpBasic("ent03", "demo"))
            .contentType(MediaType.APPLICATION_JSON).content("{\"milestone\":\"SOMEDAY\",\"category\":\"moon\"}"))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("milestone"));

    JsonNode problem = read(mvc.perform(post("/api/projects/" + code + "/problems")
            .with(httpBasic("huangqiang", "demo"))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"milestone\":\"CONSTRUCTION_START\",\"category\":\"power\",\"description\":\"施工临电未接入\"}"))
        .andExpect(status().isCreated()));

    String caseNumber = problem.path("caseNumber").asText();
    assertThat(problem.path("open").asBoolean()).isTrue();
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("enterprise-request")
        .processInstanceBusinessKey(caseNumber).count()).isEqualTo(1);
    mvc.perform(get("/api/projects/" + code).with(httpBasic("ent03", "demo")))
        .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("AT_RISK"))
        .andExpect(jsonPath("$.problems[0].caseNumber").value(caseNumber));

    Task confirm = tasks.createTaskQuery().processInstanceBusinessKey(code).singleResult();
    assertThatThrownBy(() -> complete("huangqiang", confirm, Map.of("action", "CONFIRM", "actualDate", "2026-03-02",
        "note", "已开工"))).hasMessageContaining("越过卡点的理由：必须填写：阻碍本里程碑的卡点 " + caseNumber + " 尚未解决");
    complete("huangqiang", confirm, Map.of("action", "CONFIRM", "actualDate", "2026-03-02", "note", "已开工",
        "overrideReason", "临电由发电机过渡"));

    JsonNode project = read(mvc.perform(get("/api/projects/" + code).with(httpBasic("admin", "demo"))));
    assertThat(project.path("milestones").get(0).path("actualDate").asText()).isEqualTo("2026-03-02");
    assertThat(project.path("milestones").get(0).path("overrideReason").asText()).isEqualTo("临电由发电机过渡");
    assertThat(project.path("currentMilestone").asText()).isEqualTo("COMPLETION");
  }

  @Test
  void replanApproved_keepsTheOriginalPlan_andShiftsLaterMilestonesThatWouldNoLongerFollow() throws Exception {
    register("admin", body(code, false, null, "2026-04-01", "2026-04-20", "2026-12-15"))
        .andExpect(status().isCreated());
    Task confirm = tasks.createTaskQuery().processInstanceBusinessKey(code).singleResult();
    complete("huangqiang", confirm, Map.of("action", "REPLAN", "requestedDate", "2026-05-06",
        "replanReason", "施工许可延后"));
    // no leader: the officer's supervisor decides
    Task approve = tasks.createTaskQuery().processInstanceBusinessKey(code).singleResult();
    assertThat(approve.getAssignee()).isEqualTo("linhui");
    complete("linhui", approve, Map.of("replanDecision", "APPROVED"));

    JsonNode project = read(mvc.perform(get("/api/projects/" + code).with(httpBasic("admin", "demo"))));
    JsonNode start = project.path("milestones").get(0);
    assertThat(start.path("originalDate").asText()).isEqualTo("2026-04-01");
    assertThat(start.path("plannedDate").asText()).isEqualTo("2026-05-06");
    assertThat(start.path("replans").get(0).path("approved").asBoolean()).isTrue();
    assertThat(start.path("replans").get(0).path("decidedBy").asText()).isEqualTo("linhui");
    JsonNode completion = project.path("milestones").get(1);
    assertThat(completion.path("originalDate").asText()).isEqualTo("2026-04-20");
    assertThat(completion.path("plannedDate").asText()).isEqualTo("2026-05-25");
    assertThat(project.path("milestones").get(2).path("plannedDate").asText()).isEqualTo("2026-12-15");
    Task again = tasks.createTaskQuery().processInstanceBusinessKey(code).singleResult();
    assertThat(again.getTaskDefinitionKey()).isEqualTo(ProjectMilestonesProcess.CONFIRM_MILESTONE);
    assertThat(again.getDueDate()).isEqualTo(Date.from(ZonedDateTime.of(2026, 5, 7, 0, 0, 0, 0, StewardClock.ZONE)
        .toInstant()));
  }

  @Test
  void pastThePlannedDate_theProjectIsDelayed_andTheBoardListsTheMilestone() throws Exception {
    register("admin", body(code, true, "songli", "2026-03-04", "2026-09-30", "2026-12-15"))
        .andExpect(status().isCreated());
    at(LocalDate.of(2026, 3, 9), 10);

    mvc.perform(get("/api/projects?state=DELAYED&officer=huangqiang").with(httpBasic("songli", "demo")))
        .andExpect(status().isOk()).andExpect(jsonPath("$[*].code", hasItem(code)));
    mvc.perform(get("/api/projects?state=SOMETHING").with(httpBasic("admin", "demo")))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("state"));
    JsonNode board = read(mvc.perform(get("/api/projects/board").with(httpBasic("linhui", "demo"))));
    assertThat(board.path("byState").path("DELAYED").asInt()).isPositive();
    JsonNode delayed = null;
    for (JsonNode row : board.path("delayed")) {
      if (row.path("code").asText().equals(code)) {
        delayed = row;
      }
    }
    assertThat(delayed).isNotNull();
    assertThat(delayed.path("milestone").asText()).isEqualTo("CONSTRUCTION_START");
    assertThat(delayed.path("workingDaysOverdue").asInt()).isEqualTo(3);
    assertThat(board.path("byArea")).anySatisfy(group -> assertThat(group.path("key").asText()).isEqualTo("天河区"));
    mvc.perform(get("/api/projects/board").with(httpBasic("ent03", "demo"))).andExpect(status().isForbidden());
    mvc.perform(get("/api/projects?key=true").with(httpBasic("ent01", "demo")))
        .andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(0)));
  }

  // --- helpers -----------------------------------------------------------------------------------------------------

  private ObjectNode body(String projectCode, boolean key, String leader, String start, String completion,
      String production) {
    ObjectNode body = JSON.createObjectNode();
    body.put("code", projectCode).put("name", "生物医药产业化基地 " + projectCode).put("enterpriseId", ent03)
        .put("investment", 120000).put("site", "智慧城核心区").put("area", "天河区").put("keyProject", key)
        .put("officer", "huangqiang").put("followUpPlan", "每周走访一次").put("plannedConstructionStart", start)
        .put("plannedCompletion", completion).put("plannedProductionStart", production);
    if (leader != null) {
      body.put("leader", leader);
    }
    return body;
  }

  private ResultActions register(String user, ObjectNode body) throws Exception {
    return mvc.perform(post("/api/projects").with(httpBasic(user, "demo")).contentType(MediaType.APPLICATION_JSON)
        .content(body.toString()));
  }

  private void complete(String user, Task task, Map<String, Object> variables) {
    identity.setAuthenticatedUserId(user);
    try {
      tasks.complete(task.getId(), new HashMap<>(variables));
    } finally {
      identity.clearAuthentication();
    }
  }

  private static JsonNode read(ResultActions result) throws Exception {
    return JSON.readTree(result.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
  }

  private static void at(LocalDate day, int hour) {
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(day.atTime(hour, 0), StewardClock.ZONE).toInstant()));
  }
}
