package org.steward.supervision.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Date;

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
import org.steward.deadline.Lights;
import org.steward.calendar.WorkingDayCalendar;
import org.steward.deadline.Light;
import org.steward.directory.DirectoryManagement;
import org.steward.notification.Notification;
import org.steward.notification.Notifications;
import org.steward.request.RequestFixtures;
import org.steward.shared.StewardClock;
import org.steward.supervision.SupervisionManagement;
import org.steward.supervision.SupervisionOrder;
import org.steward.supervision.SupervisionOrders;
import org.steward.timeline.Timeline;
import org.steward.timeline.TimelineEntry;

import com.jayway.jsonpath.JsonPath;

/**
 * {@code /api/cases/{caseNumber}/urges} and {@code /api/supervision-orders} over HTTP with the demo users (password
 * {@code demo}) on H2: enterprise {@code ent01} (officer {@code zhangwei}), supervisor {@code chenjianguo}, joint
 * office {@code lianxiban}, officer {@code liuyang}, administrator {@code admin}. Each test submits its own request,
 * whose open task is zhangwei's 签收诉求.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SupervisionControllerTests {

  @Autowired
  SupervisionOrders orders;
  @Autowired
  Lights lights;
  @Autowired
  MockMvc mvc;
  @Autowired
  DirectoryManagement directory;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  TaskService tasks;
  @Autowired
  Notifications notifications;
  @Autowired
  Timeline timeline;
  @Autowired
  SupervisionManagement supervision;
  @Autowired
  WorkingDayCalendar calendar;

  String caseNumber;

  @BeforeEach
  void submitARequest() throws Exception {
    long ent01 = directory.enterpriseOfUser("ent01").orElseThrow().id();
    String body = mvc.perform(post("/api/requests").with(httpBasic("ent01", "demo"))
            .contentType(MediaType.APPLICATION_JSON).content(RequestFixtures.body(ent01, "督办测试用地")))
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    caseNumber = JsonPath.read(body, "$.caseNumber");
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  // --- urges ---------------------------------------------------------------------------------------------------------

  @Test
  void supervisorUrgesTheTaskHolder_loggedCountedOnTheTimelineAndNotified_repeatWithinAnHourRefused() throws Exception {
    Task acknowledge = tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult();

    urge("chenjianguo", "{\"message\": \"企业反映用地急需，请今天签收\"}")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$[0].targetKind").value("USER"))
        .andExpect(jsonPath("$[0].target").value("zhangwei"))
        .andExpect(jsonPath("$[0].taskId").value(acknowledge.getId()))
        .andExpect(jsonPath("$[0].urgedBy").value("chenjianguo"));

    mvc.perform(get(urges()).with(httpBasic("zhangwei", "demo"))).andExpect(status().isOk())
        .andExpect(jsonPath("$.count").value(1))
        .andExpect(jsonPath("$.urges[0].message").value("企业反映用地急需，请今天签收"));
    assertThat(notifications.ofCase(caseNumber)).filteredOn(n -> n.kind().equals("URGE"))
        .singleElement().satisfies(n -> {
          assertThat(n.recipient()).isEqualTo("zhangwei");
          assertThat(n.text()).contains("签收诉求", "企业反映用地急需");
        });
    assertThat(timeline.of(caseNumber)).filteredOn(e -> e.action().equals("URGED")).singleElement()
        .extracting(TimelineEntry::actor, TimelineEntry::detail)
        .containsExactly("chenjianguo", "企业反映用地急需，请今天签收");

    urge("lianxiban", "{\"message\": \"再次催办\"}")
        .andExpect(status().isTooManyRequests())
        .andExpect(jsonPath("$.type").value("urn:steward:problem:urged-too-often"))
        .andExpect(jsonPath("$.detailZh", containsString("60 分钟内已被催办过")));
    assertThat(supervision.urgesOf(caseNumber).count()).isEqualTo(1);

    ClockUtil.setCurrentTime(Date.from(StewardClock.now().plus(Duration.ofMinutes(61))));
    urge("lianxiban", "{\"message\": \"再次催办\"}").andExpect(status().isCreated());
    assertThat(supervision.urgesOf(caseNumber).count()).isEqualTo(2);
  }

  @Test
  void otherOfficersAndEnterprisesMayNotUrge_theCasesOfficerIsNotUrgedAboutItsOwnTask() throws Exception {
    urge("liuyang", "{\"message\": \"请尽快\"}").andExpect(status().isForbidden())
        .andExpect(jsonPath("$.type").value("urn:steward:problem:urge-forbidden"));
    urge("ent01", "{\"message\": \"请尽快\"}").andExpect(status().isForbidden());
    assertThat(supervision.urgesOf(caseNumber).count()).isZero();

    // the officer holds the only open task (签收诉求): nobody else to urge
    urge("zhangwei", "{\"message\": \"请尽快\"}").andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value("urn:steward:problem:nothing-to-urge"));
    mvc.perform(get(urges()).with(httpBasic("zhangwei", "demo"))).andExpect(status().isOk())
        .andExpect(jsonPath("$.count").value(0));
    // another officer is outside the case scope: for it the case does not exist
    mvc.perform(get(urges()).with(httpBasic("liuyang", "demo"))).andExpect(status().isNotFound())
        .andExpect(jsonPath("$.type").value("urn:steward:problem:not-found"));
  }

  @Test
  void badMessageOrTask_answers400NamingTheField_unknownCase404_closedCase409_nothingStored() throws Exception {
    urge("chenjianguo", "{\"message\": \"  \"}").andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("message"))
        .andExpect(jsonPath("$.errors[0].messageZh").value("不能为空"));
    urge("chenjianguo", "{\"message\": \"" + "催".repeat(501) + "\"}").andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("message"))
        .andExpect(jsonPath("$.errors[0].messageZh").value("不能超过 500 个字符"));
    urge("chenjianguo", "{\"message\": \"请尽快\", \"taskId\": \"no-such-task\"}").andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("taskId"));
    mvc.perform(post("/api/cases/QY19990101-0001/urges").with(httpBasic("chenjianguo", "demo"))
            .contentType(MediaType.APPLICATION_JSON).content("{\"message\": \"请尽快\"}"))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/cases/QY19990101-0001/urges").with(httpBasic("chenjianguo", "demo")))
        .andExpect(status().isNotFound()).andExpect(jsonPath("$.titleZh").exists());
    assertThat(supervision.urgesOf(caseNumber).count()).isZero();

    jdbc.sql("update request set state = 'CLOSED' where case_number = ?").param(caseNumber).update();
    urge("chenjianguo", "{\"message\": \"请尽快\"}").andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value("urn:steward:problem:nothing-to-urge"));
  }

  // --- supervision orders --------------------------------------------------------------------------------------------

  @Test
  void supervisorIssuesAnOrderOnTheCasesOfficer_readableByIdAndByState_tasklistHasTheSignForTask() throws Exception {
    String body = issue("chenjianguo", "{\"caseNumber\": \"" + caseNumber
        + "\", \"requirement\": \"两个工作日内向企业答复用地方案\", \"timeLimit\": 2}")
        .andExpect(status().isCreated())
        .andExpect(header().string("Location", containsString("/api/supervision-orders/")))
        .andExpect(jsonPath("$.targetKind").value("OFFICER"))
        .andExpect(jsonPath("$.target").value("zhangwei"))
        .andExpect(jsonPath("$.targetName").value("张伟"))
        .andExpect(jsonPath("$.state").value("ISSUED"))
        .andExpect(jsonPath("$.light").value("GREEN"))
        .andExpect(jsonPath("$.dueDate").value(calendar.addWorkingDays(StewardClock.today(), 2).toString()))
        .andReturn().getResponse().getContentAsString();
    int id = JsonPath.read(body, "$.id");

    mvc.perform(get("/api/supervision-orders/" + id).with(httpBasic("lianxiban", "demo"))).andExpect(status().isOk())
        .andExpect(jsonPath("$.issuedBy").value("chenjianguo"));
    mvc.perform(get("/api/supervision-orders?state=ISSUED").with(httpBasic("admin", "demo")))
        .andExpect(status().isOk()).andExpect(jsonPath("$[*].id", hasItem(id)));
    Task sign = tasks.createTaskQuery().processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey("UserTask_SignForOrder").singleResult();
    assertThat(sign.getAssignee()).isEqualTo("zhangwei");
    assertThat(notifications.ofCase(caseNumber)).extracting(Notification::kind).contains("SUPERVISION_ORDER_ISSUED");
  }

  @Test
  void yellowTimerRunningAfterTheDeadline_announcesNothing_theRedOneTurnsItRed() throws Exception {
    String body = issue("chenjianguo", "{\"caseNumber\": \"" + caseNumber
        + "\", \"requirement\": \"今日内反馈\", \"timeLimit\": 1}").andExpect(status().isCreated())
        .andReturn().getResponse().getContentAsString();
    long id = ((Number) JsonPath.read(body, "$.id")).longValue();
    SupervisionOrder order = orders.order(id);
    ClockUtil.setCurrentTime(Date.from(orders.dueAt(order.dueDate())));

    assertThat(lights.signal("order", Long.toString(id), Light.YELLOW)).isEmpty();
    assertThat(notifications.ofCase(caseNumber)).extracting(Notification::kind)
        .doesNotContain("SUPERVISION_ORDER_YELLOW");
    assertThat(lights.signal("order", Long.toString(id), Light.RED)).isPresent();
    assertThat(notifications.ofCase(caseNumber)).extracting(Notification::kind).contains("SUPERVISION_ORDER_RED");
  }

  @Test
  void issuingIsForSupervisors_badInputNamesEveryField_andNothingIsStoredOrStarted() throws Exception {
    issue("zhangwei", "{\"caseNumber\": \"" + caseNumber + "\", \"requirement\": \"办\", \"timeLimit\": 2}")
        .andExpect(status().isForbidden());
    issue("chenjianguo", "{\"caseNumber\": \"" + caseNumber
        + "\", \"department\": \"nowhere\", \"requirement\": \" \", \"timeLimit\": 0}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("department", "requirement", "timeLimit")));
    issue("chenjianguo", "{\"caseNumber\": \"QY19990101-0001\", \"requirement\": \"办\", \"timeLimit\": 2}")
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("caseNumber"));
    issue("chenjianguo", "{\"caseNumber\": \"" + caseNumber + "\", \"unitId\": 999999, \"requirement\": \"办\", "
        + "\"timeLimit\": 2}")
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("unitId"));
    mvc.perform(get("/api/supervision-orders?light=BLUE").with(httpBasic("admin", "demo")))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("light"));
    mvc.perform(get("/api/supervision-orders/999999").with(httpBasic("admin", "demo")))
        .andExpect(status().isNotFound());

    assertThat(jdbc.sql("select count(*) from supervision_order where case_number = ?").param(caseNumber)
        .query(Long.class).single()).isZero();
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).count()).isEqualTo(1);
  }

  @Test
  void theTargetSignsAndAnswersOverRest_theIssuerReviews_othersAreRefused() throws Exception {
    String body = issue("chenjianguo", "{\"caseNumber\": \"" + caseNumber
        + "\", \"requirement\": \"说明用地进展\", \"timeLimit\": 3}")
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    String order = "/api/supervision-orders/" + JsonPath.read(body, "$.id");

    step("zhangwei", order + "/answer", "{\"answer\": \"还没签收就反馈\"}").andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value("urn:steward:problem:supervision-order-not-open"));
    step("liuyang", order + "/sign", "{}").andExpect(status().isForbidden())
        .andExpect(jsonPath("$.type").value("urn:steward:problem:supervision-order-forbidden"));
    step("zhangwei", order + "/sign", "{}").andExpect(status().isOk()).andExpect(jsonPath("$.state").value("SIGNED"))
        .andExpect(jsonPath("$.signedBy").value("zhangwei"));
    step("zhangwei", order + "/answer", "{\"answer\": \" \"}").andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("answer"));
    step("zhangwei", order + "/answer", "{\"answer\": \"已与自然资源局对接\"}").andExpect(status().isOk())
        .andExpect(jsonPath("$.state").value("ANSWERED"));

    step("lianxiban", order + "/review", "{\"result\": \"ACCEPTED\"}").andExpect(status().isForbidden());
    step("chenjianguo", order + "/review", "{\"result\": \"REJECTED\"}").andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("reviewNote"));
    step("chenjianguo", order + "/review", "{\"result\": \"REJECTED\", \"note\": \"请写明对接结果\"}")
        .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("SIGNED"))
        .andExpect(jsonPath("$.reviewNote").value("请写明对接结果"));
    step("zhangwei", order + "/answer", "{\"answer\": \"已确定供地方案\"}").andExpect(status().isOk());
    step("chenjianguo", order + "/review", "{\"result\": \"ACCEPTED\"}").andExpect(status().isOk())
        .andExpect(jsonPath("$.state").value("CLOSED")).andExpect(jsonPath("$.answerCount").value(2));
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).processDefinitionKey("supervision-order")
        .count()).isZero();
  }

  private ResultActions step(String user, String path, String json) throws Exception {
    return mvc.perform(post(path).with(httpBasic(user, "demo")).contentType(MediaType.APPLICATION_JSON).content(json));
  }

  private ResultActions urge(String user, String json) throws Exception {
    return mvc.perform(post(urges()).with(httpBasic(user, "demo")).contentType(MediaType.APPLICATION_JSON)
        .content(json));
  }

  private ResultActions issue(String user, String json) throws Exception {
    return mvc.perform(post("/api/supervision-orders").with(httpBasic(user, "demo"))
        .contentType(MediaType.APPLICATION_JSON).content(json));
  }

  private String urges() {
    return "/api/cases/" + caseNumber + "/urges";
  }
}
