package org.steward.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.request.process.EnterpriseRequestProcess.ACKNOWLEDGE_REQUEST;
import static org.steward.request.process.EnterpriseRequestProcess.DECIDE_HANDLING;
import static org.steward.request.process.EnterpriseRequestProcess.FOLLOW_UP_MATERIAL;
import static org.steward.request.process.EnterpriseRequestProcess.MATERIAL_OVERDUE;

import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
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
import org.steward.directory.DirectoryManagement;
import org.steward.notification.Notifications;
import org.steward.request.process.EnterpriseRequestProcess;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The enterprise's own steps on PostgreSQL, over HTTP as the enterprise and its officer: withdrawing before hand-over,
 * supplying material when asked, and the officer's follow-up when none comes (timer job executed, never waited for).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "steward.demo.enabled=true")
@ActiveProfiles("test")
@Import(EmbeddedPostgresConfiguration.class)
class EnterpriseStepsIT {

  private static final String PASSWORD = "demo";

  @Autowired
  TestRestTemplate http;
  @Autowired
  DirectoryManagement directory;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;
  @Autowired
  ManagementService management;
  @Autowired
  Notifications notifications;

  ApiCalls api;
  long ent01;

  @BeforeEach
  void setUp() {
    api = new ApiCalls(http, PASSWORD);
    ent01 = directory.enterpriseOfUser("ent01").orElseThrow().id();
  }

  @Test
  void enterpriseWithdrawsBeforeSigningFor_theCaseEndsWithItsReason_andTheOfficerIsTold() {
    String caseNumber = submit("撤回测试");

    JsonNode withdrawn = api.call("ent01", HttpMethod.POST, "/api/requests/" + caseNumber + "/withdrawal",
        "{\"reason\": \"问题已自行解决\"}", HttpStatus.OK);

    assertThat(withdrawn.path("state").asText()).isEqualTo("WITHDRAWN");
    assertThat(withdrawn.path("timeline").toString()).contains("企业撤回诉求", "问题已自行解决");
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).count()).isZero();
    assertThat(notifications.ofCase(caseNumber)).anySatisfy(n -> assertThat(n.text()).contains("企业已撤回诉求"));
    assertThat(jdbc.sql("select withdrawal_reason from request where case_number = :c").param("c", caseNumber)
        .query(String.class).single()).isEqualTo("问题已自行解决");
  }

  @Test
  void withdrawal_isRefusedWithoutAReason_forAnotherEnterprise_andAfterHandOver() {
    String caseNumber = submit("撤回被拒");
    refused(api.send("ent01", HttpMethod.POST, "/api/requests/" + caseNumber + "/withdrawal",
        "{\"reason\": \"  \"}"), HttpStatus.BAD_REQUEST, "reason");
    api.call("ent02", HttpMethod.POST, "/api/requests/" + caseNumber + "/withdrawal", "{\"reason\": \"不要了\"}",
        HttpStatus.NOT_FOUND);

    api.completeTask("zhangwei", caseNumber, ACKNOWLEDGE_REQUEST, "firstAnswer", "已收到。");
    api.completeTask("zhangwei", caseNumber, DECIDE_HANDLING, "decision", "HAND_OVER", "leadDepartment", "resources",
        "cooperatingDepartments", "", "timeLimit", 5);

    refused(api.send("ent01", HttpMethod.POST, "/api/requests/" + caseNumber + "/withdrawal",
        "{\"reason\": \"不要了\"}"), HttpStatus.CONFLICT, "交办之前");
    assertThat(state(caseNumber)).isEqualTo("HANDLING");
  }

  @Test
  void officerAsksForMaterial_enterpriseSuppliesIt_andTheCaseReturnsToTheOfficersDecision() {
    String caseNumber = askForMaterial("补充材料测试");
    JsonNode ask = api.call("ent01", HttpMethod.GET, "/api/requests/" + caseNumber + "/material", null, HttpStatus.OK);
    assertThat(ask.path("ask").asText()).isEqualTo("请补充用地红线图。");
    assertThat(ask.path("dueDate").asText()).isNotBlank();
    api.call("ent02", HttpMethod.GET, "/api/requests/" + caseNumber + "/material", null, HttpStatus.NOT_FOUND);
    refused(api.send("ent01", HttpMethod.POST, "/api/requests/" + caseNumber + "/material",
        "{\"answer\": \"\"}"), HttpStatus.BAD_REQUEST, "answer");
    String answer = "红线图已上传，".repeat(400);

    JsonNode supplied = api.call("ent01", HttpMethod.POST, "/api/requests/" + caseNumber + "/material",
        "{\"answer\": \"" + answer + "\"}", HttpStatus.OK);

    assertThat(supplied.path("state").asText()).isEqualTo("ACKNOWLEDGED");
    assertThat(jdbc.sql("select answer from request_material where case_number = :c").param("c", caseNumber)
        .query(String.class).single()).as("stored whole, beyond an engine variable's 4,000").isEqualTo(answer);
    assertThat(openTaskKeys(caseNumber)).containsExactly(DECIDE_HANDLING);
    api.call("ent01", HttpMethod.GET, "/api/requests/" + caseNumber + "/material", null, HttpStatus.NOT_FOUND);
    refused(api.send("ent01", HttpMethod.POST, "/api/requests/" + caseNumber + "/material",
        "{\"answer\": \"再补充一点\"}"), HttpStatus.CONFLICT, "补充材料");
  }

  @Test
  void noMaterialInTime_theOfficerFollowsUp_andClosesTheCaseAsNoResponse() {
    String caseNumber = askForMaterial("未补充材料");

    management.executeJob(timer(caseNumber).getId());
    assertThat(openTaskKeys(caseNumber)).containsExactly(FOLLOW_UP_MATERIAL);
    api.completeTask("zhangwei", caseNumber, FOLLOW_UP_MATERIAL, "followUp", "CLOSE", "followUpNote",
        "电话联系，企业表示暂不办理。");

    JsonNode closed = api.call("ent01", HttpMethod.GET, "/api/requests/" + caseNumber, null, HttpStatus.OK);
    assertThat(closed.path("state").asText()).isEqualTo("NO_RESPONSE");
    assertThat(closed.path("closedAt").isNull()).isFalse();
    assertThat(closed.path("timeline").toString()).contains("企业未补充材料，诉求关闭");
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).count()).isZero();
  }

  /** A refusal naming the field (400) or saying in Chinese why (409), nothing else changed by it. */
  private static void refused(ResponseEntity<String> response, HttpStatus status, String fieldOrChinese) {
    assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(status);
    JsonNode problem = ApiCalls.json(response);
    if (status == HttpStatus.BAD_REQUEST) {
      assertThat(ApiCalls.fields(problem)).contains(fieldOrChinese);
    } else {
      assertThat(problem.path("detailZh").asText()).contains(fieldOrChinese);
    }
  }

  private String askForMaterial(String title) {
    String caseNumber = submit(title);
    api.completeTask("zhangwei", caseNumber, ACKNOWLEDGE_REQUEST, "firstAnswer", "已收到。");
    api.completeTask("zhangwei", caseNumber, DECIDE_HANDLING, "decision", "REQUEST_MATERIAL", "materialAsk",
        "请补充用地红线图。");
    assertThat(state(caseNumber)).isEqualTo("AWAITING_MATERIAL");
    assertThat(notifications.forUser("ent01", List.of("enterprises"), false, 50))
        .anySatisfy(n -> assertThat(n.text()).contains("请补充用地红线图。"));
    return caseNumber;
  }

  private Job timer(String caseNumber) {
    String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
        .processDefinitionKey(EnterpriseRequestProcess.ID).singleResult().getId();
    return management.createJobQuery().processInstanceId(instance).activityId(MATERIAL_OVERDUE).singleResult();
  }

  private List<String> openTaskKeys(String caseNumber) {
    return tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).list().stream()
        .map(t -> t.getTaskDefinitionKey()).toList();
  }

  private String state(String caseNumber) {
    return jdbc.sql("select state from request where case_number = :c").param("c", caseNumber)
        .query(String.class).single();
  }

  private String submit(String title) {
    return api.call("ent01", HttpMethod.POST, "/api/requests", RequestFixtures.body(ent01, title),
        HttpStatus.CREATED).path("caseNumber").asText();
  }
}
