package org.steward.request.web;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.steward.request.RequestFixtures.body;

import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.steward.shared.Cases;
import org.steward.directory.DirectoryManagement;
import org.steward.request.process.EnterpriseRequestProcess;

import com.jayway.jsonpath.JsonPath;

/**
 * {@code /api/requests} over HTTP with the demo users (password {@code demo}): enterprise {@code ent01} (served by
 * officer {@code zhangwei}), {@code ent02}, officer {@code huangqiang}, administrator {@code admin}. HANDLING is
 * mocked.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class RequestControllerTests {

  @Autowired
  MockMvc mvc;
  @Autowired
  DirectoryManagement directory;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  TaskService tasks;
  @Autowired
  RuntimeService runtime;
  @Autowired
  ManagementService management;
  @Autowired
  Cases cases;

  long ent01;
  long ent03;

  @BeforeEach
  void lookUpDemoEnterprises() {
    ent01 = directory.enterpriseOfUser("ent01").orElseThrow().id();
    ent03 = directory.enterpriseOfUser("ent03").orElseThrow().id();
  }

  @Test
  void categories_listsTheElevenCodesWithChineseLabels() throws Exception {
    mvc.perform(get("/api/requests/categories").with(httpBasic("ent01", "demo")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$", hasSize(11)))
        .andExpect(jsonPath("$[0].code").value("land"))
        .andExpect(jsonPath("$[0].label").value("用地"))
        .andExpect(jsonPath("$[*].code", hasItem("schooling")));
  }

  @Test
  void enterpriseSubmitsForItself_answers201WithCaseNumberOfficerAndResponseDue_andTheOfficerGetsTheTask()
      throws Exception {
    String caseNumber = caseNumber(submit("ent01", ent01, "新厂房用地指标", null)
        .andExpect(status().isCreated())
        .andExpect(header().string("Location", matchesPattern("/api/requests/QY\\d{8}-\\d{4}")))
        .andExpect(jsonPath("$.caseNumber", matchesPattern("QY\\d{8}-\\d{4}")))
        .andExpect(jsonPath("$.state").value("SUBMITTED"))
        .andExpect(jsonPath("$.officer").value("zhangwei"))
        .andExpect(jsonPath("$.officerName").value("张伟"))
        .andExpect(jsonPath("$.channel").value("PORTAL"))
        .andExpect(jsonPath("$.light").value("GREEN"))
        .andExpect(jsonPath("$.responseDue", endsWith("+08:00")))
        .andExpect(jsonPath("$.submittedAt", endsWith("+08:00")))
        .andExpect(jsonPath("$.timeline[*].action", containsInAnyOrder("SUBMITTED", "ROUTED"))));

    Task acknowledge = tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult();
    Assertions.assertThat(acknowledge.getTaskDefinitionKey()).isEqualTo(EnterpriseRequestProcess.ACKNOWLEDGE_REQUEST);
    Assertions.assertThat(acknowledge.getAssignee()).isEqualTo("zhangwei");
    Assertions.assertThat(runtime.getVariables(acknowledge.getProcessInstanceId()))
        .containsEntry("caseNumber", caseNumber).containsEntry("enterpriseName", "广州某某精密制造有限公司")
        .containsEntry("title", "新厂房用地指标").containsEntry("light", "GREEN")
        .containsEntry("leadDepartment", "resources").containsEntry("supervisor", "chenjianguo");
  }

  @Test
  void enterpriseSubmitsForAnotherEnterprise_answers403_andStoresNothing() throws Exception {
    long before = requestCount();

    submit("ent01", ent03, "替别人提交", null)
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.type").value("urn:steward:problem:request-forbidden"))
        .andExpect(jsonPath("$.titleZh").value("无权操作"));

    Assertions.assertThat(requestCount()).isEqualTo(before);
  }

  @Test
  void officerLogsAVisitOnlyForItsOwnEnterprises_andAdminForAny() throws Exception {
    submit("zhangwei", ent01, "走访记录：用地", null).andExpect(status().isCreated())
        .andExpect(jsonPath("$.submittedBy").value("zhangwei"));
    submit("zhangwei", ent03, "不是我负责的企业", null).andExpect(status().isForbidden());
    submit("admin", ent03, "管理员代为登记", null).andExpect(status().isCreated())
        .andExpect(jsonPath("$.officer").value("huangqiang"));
  }

  @Test
  void badInput_answers400NamingEveryBadField_andStoresNothingAndStartsNothing() throws Exception {
    long before = requestCount();
    long instances = runtime.createProcessInstanceQuery().processDefinitionKey(EnterpriseRequestProcess.ID).count();

    mvc.perform(post("/api/requests").with(httpBasic("ent01", "demo")).contentType(MediaType.APPLICATION_JSON)
            .content("""
                {"enterpriseId": %d, "category": "moon", "title": "%s", "contactName": " ",
                 "contactPhone": "call me", "urgency": "NOW", "channel": "FAX"}
                """.formatted(ent01, "长".repeat(101))))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type").value("urn:steward:problem:invalid-input"))
        .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("category", "title", "description",
            "contactName", "contactPhone", "urgency", "channel")))
        .andExpect(jsonPath("$.errors[?(@.field == 'title')].messageZh", hasItem("不能超过 100 个字符")))
        .andExpect(jsonPath("$.errors[?(@.field == 'category')].message",
            hasItem("must be one of land, power, water, permits, licences, talent, schooling, finance, policy, "
                + "transport, other")));

    Assertions.assertThat(requestCount()).isEqualTo(before);
    Assertions.assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(EnterpriseRequestProcess.ID)
        .count()).isEqualTo(instances);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "1.7 | NotWhole | 必须是整数",
      "\"12\" | typeMismatch | 类型或格式不正确",
      "true | typeMismatch | 类型或格式不正确",
      "1e400 | typeMismatch | 类型或格式不正确",
      "123456789012345678901234567890 | typeMismatch | 类型或格式不正确"})
  void enterpriseIdThatIsNoWholeNumber_answers400NamingIt_andStoresNothing(String enterpriseId, String code,
      String messageZh) throws Exception {
    long before = requestCount();

    mvc.perform(post("/api/requests").with(httpBasic("admin", "demo")).contentType(MediaType.APPLICATION_JSON)
            .content(body(ent01, "整数").replace("\"enterpriseId\": " + ent01, "\"enterpriseId\": " + enterpriseId)))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors[0].field").value("enterpriseId"))
        .andExpect(jsonPath("$.errors[0].messageZh").value(messageZh))
        .andExpect(jsonPath("$.errors[0].message").value(code.equals("NotWhole") ? "must be a whole number"
            : "has the wrong type or format"));

    Assertions.assertThat(requestCount()).isEqualTo(before);
  }

  @Test
  void aBodyThatIsNotJson_answers415InBothLanguages_andStoresNothing() throws Exception {
    long before = requestCount();

    mvc.perform(post("/api/requests").with(httpBasic("ent01", "demo")).contentType(MediaType.TEXT_PLAIN)
            .content(body(ent01, "纯文本")))
        .andExpect(status().isUnsupportedMediaType())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.titleZh").value("不支持的内容类型"))
        .andExpect(jsonPath("$.detailZh").value(containsString("text/plain")))
        .andExpect(jsonPath("$.detail").value(containsString("application/json")));

    Assertions.assertThat(requestCount()).isEqualTo(before);
  }

  @Test
  void aBodyOverTwoMillionCharacters_answers413_andStoresNothing() throws Exception {
    long before = requestCount();
    String huge = body(ent01, "超长").replace("扩产需要新增工业用地约 20 亩。", "地".repeat(2_000_001));

    mvc.perform(post("/api/requests").with(httpBasic("ent01", "demo")).contentType(MediaType.APPLICATION_JSON)
            .content(huge))
        .andExpect(status().isPayloadTooLarge())
        .andExpect(jsonPath("$.titleZh").value("请求内容过长"))
        .andExpect(jsonPath("$.detailZh").value(containsString("2,000,000")));

    Assertions.assertThat(requestCount()).isEqualTo(before);
  }

  @Test
  void aKeyTwiceInTheBody_answers400NamingIt_andStoresNothing() throws Exception {
    long before = requestCount();

    mvc.perform(post("/api/requests").with(httpBasic("ent01", "demo")).contentType(MediaType.APPLICATION_JSON)
            .content(body(ent01, "先写的标题").replace("\"title\":", "\"title\": \"后写的标题\", \"title\":")))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors[0].field").value("title"))
        .andExpect(jsonPath("$.errors[0].message").value("must appear only once"))
        .andExpect(jsonPath("$.errors[0].messageZh").value("不得重复出现"));

    Assertions.assertThat(requestCount()).isEqualTo(before);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "标题\\u0000 | 不能包含控制字符或无效字符",
      "\\u200B\\u200C\\u200D\\u2060\\uFEFF | 至少要有一个可见字符",
      "第一行\\n第二行 | 只能填写一行（不能含换行符或制表符）",
      "标题\\u0007 | 不能包含控制字符或无效字符",
      "标题\\uFFFF | 不能包含控制字符或无效字符",
      "标题\\uD800 | 不能包含控制字符或无效字符"})
  void titleWithControlOrOnlyInvisibleCharacters_answers400NamingIt_andStoresNothing(String jsonTitle,
      String messageZh) throws Exception {
    long before = requestCount();

    mvc.perform(post("/api/requests").with(httpBasic("ent01", "demo")).contentType(MediaType.APPLICATION_JSON)
            .content(body(ent01, jsonTitle)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("title"))
        .andExpect(jsonPath("$.errors[0].messageZh").value(messageZh));

    Assertions.assertThat(requestCount()).isEqualTo(before);
  }

  @Test
  void sameIdempotencyKeyAndBody_answersTheSameCase_differentBody409() throws Exception {
    String key = "ent01-" + System.nanoTime();
    String first = caseNumber(submit("ent01", ent01, "幂等提交", key).andExpect(status().isCreated()));
    long after = requestCount();

    submit("ent01", ent01, "幂等提交", key).andExpect(status().isOk())
        .andExpect(jsonPath("$.caseNumber").value(first));
    submit("ent01", ent01, "换了内容", key).andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value("urn:steward:problem:idempotency-key-reused"));

    Assertions.assertThat(requestCount()).isEqualTo(after);
    // another user's identical key is another request
    submit("zhangwei", ent01, "幂等提交", key).andExpect(status().isCreated());
  }

  @Test
  void anotherEnterpriseAndStaffOutsideTheCaseScope_doNotSeeTheCase_itsOfficerAndSupervisorsDo() throws Exception {
    String caseNumber = caseNumber(submit("ent01", ent01, "只给自己看", null));

    mvc.perform(get("/api/requests/" + caseNumber).with(httpBasic("ent02", "demo"))).andExpect(status().isNotFound());
    mvc.perform(get("/api/requests/" + caseNumber).with(httpBasic("ent01", "demo"))).andExpect(status().isOk());
    mvc.perform(get("/api/requests/" + caseNumber).with(httpBasic("huangqiang", "demo")))
        .andExpect(status().isNotFound()).andExpect(jsonPath("$.type").value("urn:steward:problem:not-found"));
    mvc.perform(get("/api/requests/" + caseNumber).with(httpBasic("zhangwei", "demo")))
        .andExpect(status().isOk()).andExpect(jsonPath("$.title").value("只给自己看"));
    mvc.perform(get("/api/requests/" + caseNumber).with(httpBasic("linhui", "demo"))).andExpect(status().isOk());
    mvc.perform(get("/api/requests/QY19990101-0001").with(httpBasic("admin", "demo")))
        .andExpect(status().isNotFound());
  }

  @Test
  void resolvedOnTheSpot_enterpriseRatesBeforeTheVisit_caseIsClosed_andASecondRatingIs409() throws Exception {
    String caseNumber = caseNumber(submit("ent01", ent01, "营业执照变更", null));
    rate("ent01", caseNumber, "SATISFIED").andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value("urn:steward:problem:request-not-awaiting-rating"));
    complete(caseNumber, EnterpriseRequestProcess.ACKNOWLEDGE_REQUEST, Map.of("firstAnswer", "已收到。"));
    complete(caseNumber, EnterpriseRequestProcess.DECIDE_HANDLING,
        Map.of("decision", "RESOLVE_DIRECTLY", "answer", "可在政务中心当天办理。"));
    mvc.perform(get("/api/requests/" + caseNumber).with(httpBasic("ent01", "demo")))
        .andExpect(jsonPath("$.state").value("RETURN_VISIT"))
        .andExpect(jsonPath("$.outcome").value("RESOLVED_DIRECTLY"))
        .andExpect(jsonPath("$.reply").value("可在政务中心当天办理。"))
        .andExpect(jsonPath("$.firstAnswer").value("已收到。"));

    rate("ent02", caseNumber, "SATISFIED").andExpect(status().isNotFound());
    rate("huangqiang", caseNumber, "SATISFIED").andExpect(status().isForbidden());
    rate("ent01", caseNumber, "GREAT").andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("satisfaction"));
    rate("ent01", caseNumber, "SATISFIED").andExpect(status().isOk())
        .andExpect(jsonPath("$.state").value("CLOSED"))
        .andExpect(jsonPath("$.satisfaction").value("SATISFIED"))
        .andExpect(jsonPath("$.closedAt", endsWith("+08:00")))
        .andExpect(jsonPath("$.timeline[-1].action").value("CLOSED"));

    rate("ent01", caseNumber, "SATISFIED").andExpect(status().isConflict());
    Assertions.assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).count())
        .isZero();
  }

  @Test
  void handedOver_officerRecordsTheVisit_unsatisfiedReopens_andTheCaseShowsItsUnits() throws Exception {
    String caseNumber = caseNumber(submit("ent01", ent01, "新厂房用地指标（交办）", null));
    complete(caseNumber, EnterpriseRequestProcess.ACKNOWLEDGE_REQUEST, Map.of("firstAnswer", "已收到。"));
    complete(caseNumber, EnterpriseRequestProcess.DECIDE_HANDLING, Map.of("decision", "HAND_OVER",
        "leadDepartment", "resources", "cooperatingDepartments", "housing", "timeLimit", 10));

    mvc.perform(get("/api/requests/" + caseNumber).with(httpBasic("ent01", "demo")))
        .andExpect(jsonPath("$.state").value("HANDLING"))
        .andExpect(jsonPath("$.outcome").value("TRACKED"))
        .andExpect(jsonPath("$.light").value("GREEN"))
        .andExpect(jsonPath("$.resolutionDue", matchesPattern("\\d{4}-\\d{2}-\\d{2}")))
        .andExpect(jsonPath("$.units", hasSize(2)))
        .andExpect(jsonPath("$.units[0].department").value("resources"))
        .andExpect(jsonPath("$.units[0].role").value("LEAD"))
        .andExpect(jsonPath("$.units[0].rating").value("ON_TRACK"))
        .andExpect(jsonPath("$.units[1].department").value("housing"));

    // each department signs for its part and reports back (department-handling, one instance per unit); a
    // completion without a claim signs first
    tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).taskDefinitionKey("UserTask_HandleMatter").list()
        .forEach(unit -> tasks.complete(unit.getId(), Map.of("action", "FEEDBACK", "feedback", "已纳入批次")));
    mvc.perform(get("/api/requests/" + caseNumber).with(httpBasic("zhangwei", "demo")))
        .andExpect(jsonPath("$.state").value("CONSOLIDATING"))
        .andExpect(jsonPath("$.units[0].rating").value("DONE"))
        .andExpect(jsonPath("$.units[1].rating").value("DONE"));
    complete(caseNumber, EnterpriseRequestProcess.CONSOLIDATE_FEEDBACK, Map.of("consolidatedAnswer", "已纳入批次。"));
    complete(caseNumber, EnterpriseRequestProcess.REPLY_TO_ENTERPRISE, Map.of("reply", "已纳入批次，月底批复。"));
    management.executeJob(management.createJobQuery().processInstanceId(instanceOf(caseNumber))
        .activityId(EnterpriseRequestProcess.NEXT_WORKING_DAY).singleResult().getId());

    rate("zhangwei", caseNumber, "UNSATISFIED").andExpect(status().isOk())
        .andExpect(jsonPath("$.state").value("ACKNOWLEDGED"))
        .andExpect(jsonPath("$.reopenCount").value(1))
        .andExpect(jsonPath("$.satisfaction").value("UNSATISFIED"))
        .andExpect(jsonPath("$.timeline[*].action", hasItem("REOPENED")));
    Task decide = tasks.createTaskQuery().processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey(EnterpriseRequestProcess.DECIDE_HANDLING).singleResult();
    Assertions.assertThat(decide.getAssignee()).isEqualTo("zhangwei");
  }

  @Test
  void escalationRequest_isForSupervisorsOnly_needsAReason_andACaseBeingHandled() throws Exception {
    String caseNumber = caseNumber(submit("ent01", ent01, "跨部门协调（提请联席会议）", null));

    escalate("zhangwei", caseNumber, "请联席办协调").andExpect(status().isForbidden())
        .andExpect(jsonPath("$.type").value("urn:steward:problem:request-escalation-forbidden"));
    escalate("chenjianguo", caseNumber, " ").andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("reason"));
    escalate("chenjianguo", caseNumber, "请联席办协调").andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value("urn:steward:problem:request-not-escalatable"))
        .andExpect(jsonPath("$.detailZh", containsString("SUBMITTED")));
    escalate("chenjianguo", "QY20260101-9999", "请联席办协调").andExpect(status().isNotFound());

    mvc.perform(get("/api/requests/" + caseNumber).with(httpBasic("ent01", "demo")))
        .andExpect(jsonPath("$.state").value("SUBMITTED"))
        .andExpect(jsonPath("$.timeline[*].action", not(hasItem("ESCALATED"))));
  }

  @Test
  void requestCases_findsARequestForOtherCapabilities_openUntilClosed() throws Exception {
    String caseNumber = caseNumber(submit("ent01", ent01, "共性问题线索", null));

    Assertions.assertThat(cases.find(caseNumber)).hasValueSatisfying(found -> {
      Assertions.assertThat(found.kind()).isEqualTo("REQUEST");
      Assertions.assertThat(found.title()).isEqualTo("共性问题线索");
      Assertions.assertThat(found.officer()).isEqualTo("zhangwei");
      Assertions.assertThat(found.open()).isTrue();
    });
    Assertions.assertThat(cases.find("QY20260101-9999")).isEmpty();
  }

  private ResultActions escalate(String user, String caseNumber, String reason) throws Exception {
    return mvc.perform(post("/api/requests/" + caseNumber + "/escalation").with(httpBasic(user, "demo"))
        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"" + reason + "\"}"));
  }

  private ResultActions submit(String user, long enterpriseId, String title, String idempotencyKey)
      throws Exception {
    var request = post("/api/requests").with(httpBasic(user, "demo")).contentType(MediaType.APPLICATION_JSON)
        .content(body(enterpriseId, title));
    if (idempotencyKey != null) {
      request.header("Idempotency-Key", idempotencyKey);
    }
    return mvc.perform(request);
  }

  private ResultActions rate(String user, String caseNumber, String satisfaction) throws Exception {
    return mvc.perform(post("/api/requests/" + caseNumber + "/satisfaction").with(httpBasic(user, "demo"))
        .contentType(MediaType.APPLICATION_JSON)
        .content("{\"satisfaction\": \"" + satisfaction + "\", \"comment\": \"评价\"}"));
  }

  private static String caseNumber(ResultActions result) throws Exception {
    return JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.caseNumber");
  }

  private void complete(String caseNumber, String taskKey, Map<String, Object> variables) {
    Task task = tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).taskDefinitionKey(taskKey)
        .singleResult();
    Assertions.assertThat(task).as(taskKey).isNotNull();
    tasks.complete(task.getId(), variables);
  }

  private String instanceOf(String caseNumber) {
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
        .processDefinitionKey(EnterpriseRequestProcess.ID).singleResult().getId();
  }

  private long requestCount() {
    return jdbc.sql("select count(*) from request").query(Long.class).single();
  }

}
