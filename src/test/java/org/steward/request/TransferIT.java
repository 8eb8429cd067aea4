package org.steward.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.request.process.EnterpriseRequestProcess.ACKNOWLEDGE_REQUEST;
import static org.steward.request.process.EnterpriseRequestProcess.CONSOLIDATE_FEEDBACK;
import static org.steward.request.process.EnterpriseRequestProcess.DECIDE_HANDLING;
import static org.steward.request.process.EnterpriseRequestProcess.REPLY_TO_ENTERPRISE;

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
import org.springframework.test.context.ActiveProfiles;
import org.steward.ApiCalls;
import org.steward.EmbeddedPostgresConfiguration;
import org.steward.convening.process.ConveningProcess;
import org.steward.directory.DirectoryFixtures;
import org.steward.directory.DirectoryManagement;
import org.steward.directory.Enterprise;
import org.steward.directory.Enterprises;
import org.steward.handling.process.DepartmentHandlingProcess;
import org.steward.request.process.EnterpriseRequestProcess;
import org.steward.shared.StewardClock;
import org.steward.supervision.process.SupervisionOrderProcess;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * 转办 on PostgreSQL over REST, each user as themselves: a case with open department units goes to another officer
 * (the units stay with their departments, the officer's side follows, the overdue units' 督办 tasks go to the new
 * officer's supervisor); a supervisor transfers a case waiting for the
 * officer's decision (the task moves, the former officer no longer sees it); an enterprise's new officer takes over
 * its open cases, not its closed ones. Bad input changes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "steward.demo.enabled=true")
@ActiveProfiles("test")
@Import(EmbeddedPostgresConfiguration.class)
class TransferIT {

  @Autowired
  TestRestTemplate http;
  @Autowired
  DirectoryManagement directory;
  @Autowired
  Enterprises enterprises;

  ApiCalls api;
  long ent01;

  @BeforeEach
  void setUp() {
    api = new ApiCalls(http, "demo");
    ent01 = directory.enterpriseOfUser("ent01").orElseThrow().id();
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aCaseWithOpenDepartmentUnits_goesToTheNewOfficer_theUnitsStayWithTheirDepartments() {
    at(2032, 3, 8, 10);
    String caseNumber = submit("ent01", ent01, "转办的交办案件");
    api.completeTask("zhangwei", caseNumber, ACKNOWLEDGE_REQUEST, "firstAnswer", "已收到。");
    api.completeTask("zhangwei", caseNumber, DECIDE_HANDLING, "decision", "HAND_OVER", "leadDepartment",
        "resources", "cooperatingDepartments", "housing", "timeLimit", 10);
    api.exchange("resources01", HttpMethod.POST, "/engine-rest/task/"
        + task("resources01", caseNumber, DepartmentHandlingProcess.HANDLE_MATTER).path("id").asText() + "/claim",
        "{\"userId\": \"resources01\"}", HttpStatus.NO_CONTENT);
    at(2032, 3, 23, 10);
    api.executeJobs(caseNumber, DepartmentHandlingProcess.DEADLINE_MISSED);
    assertThat(tasks("chenjianguo", caseNumber)).filteredOn(t -> t.path("assignee").asText().equals("chenjianguo"))
        .extracting(t -> t.path("taskDefinitionKey").asText())
        .containsExactly(DepartmentHandlingProcess.SUPERVISE_UNIT, DepartmentHandlingProcess.SUPERVISE_UNIT);

    JsonNode moved = api.call("zhangwei", HttpMethod.POST, "/api/requests/" + caseNumber + "/transfer",
        "{\"toOfficer\": \"xuming\", \"reason\": \"张伟调岗，由徐明接手\"}", HttpStatus.OK);

    assertThat(moved.path("officer").asText()).isEqualTo("xuming");
    assertThat(moved.path("officerName").asText()).isEqualTo("徐明");
    assertThat(moved.path("state").asText()).isEqualTo("HANDLING");
    JsonNode step = last(moved.path("timeline"));
    assertThat(step.path("action").asText()).isEqualTo("TRANSFERRED");
    assertThat(step.toString()).contains("转办：张伟 → 徐明", "原因：张伟调岗，由徐明接手");
    // the units' tasks stay with their departments, the one signed for with its signer
    assertThat(task("resources01", caseNumber, DepartmentHandlingProcess.HANDLE_MATTER).path("assignee").asText())
        .isEqualTo("resources01");
    assertThat(task("housing01", caseNumber, DepartmentHandlingProcess.HANDLE_MATTER).path("assignee").isNull())
        .isTrue();
    // every instance of the case that named the former officer names the new one
    JsonNode instances = api.call("admin", HttpMethod.GET, "/engine-rest/process-instance?businessKey=" + caseNumber,
        null, HttpStatus.OK);
    assertThat(instances.size()).isEqualTo(3);
    for (JsonNode instance : instances) {
      assertThat(api.call("admin", HttpMethod.GET, "/engine-rest/process-instance/" + instance.path("id").asText()
          + "/variables/" + EnterpriseRequestProcess.OFFICER, null, HttpStatus.OK).path("value").asText())
          .isEqualTo("xuming");
    }
    // the new officer reads the case and its engine history at once (it holds no task of it yet) and is notified; the
    // former one reads the case no more
    api.call("xuming", HttpMethod.GET, "/api/requests/" + caseNumber, null, HttpStatus.OK);
    assertThat(api.call("xuming", HttpMethod.GET, "/engine-rest/history/process-instance?processInstanceBusinessKey="
        + caseNumber, null, HttpStatus.OK)).extracting(instance -> instance.path("processDefinitionKey").asText())
        .containsExactlyInAnyOrder(EnterpriseRequestProcess.ID, DepartmentHandlingProcess.ID,
            DepartmentHandlingProcess.ID);
    api.exchange("zhangwei", HttpMethod.GET, "/api/requests/" + caseNumber, null, HttpStatus.NOT_FOUND);
    assertThat(api.call("xuming", HttpMethod.GET, "/api/notifications", null, HttpStatus.OK).toString())
        .contains("REQUEST_TRANSFERRED", caseNumber);

    // the units' 督办逾期事项 go from zhangwei's supervisor to xuming's
    assertThat(tasks("linhui", caseNumber)).filteredOn(t -> t.path("assignee").asText().equals("linhui"))
        .extracting(t -> t.path("taskDefinitionKey").asText())
        .containsExactly(DepartmentHandlingProcess.SUPERVISE_UNIT, DepartmentHandlingProcess.SUPERVISE_UNIT);
    assertThat(tasks("chenjianguo", caseNumber)).noneMatch(t -> t.path("assignee").asText().equals("chenjianguo"));

    api.completeTask("resources01", caseNumber, DepartmentHandlingProcess.HANDLE_MATTER, "action", "FEEDBACK",
        "feedback", "已纳入用地计划");
    api.completeTask("housing01", caseNumber, DepartmentHandlingProcess.HANDLE_MATTER, "action", "FEEDBACK",
        "feedback", "规划条件已核实");
    api.completeTask("resources01", caseNumber, CONSOLIDATE_FEEDBACK, "consolidatedAnswer", "已纳入用地计划。");

    assertThat(task("xuming", caseNumber, REPLY_TO_ENTERPRISE).path("assignee").asText()).isEqualTo("xuming");
    assertThat(tasks("zhangwei", caseNumber)).isEmpty();
    api.completeTask("xuming", caseNumber, REPLY_TO_ENTERPRISE, "reply", "用地已纳入计划。");
    assertThat(api.call("ent01", HttpMethod.GET, "/api/requests/" + caseNumber, null, HttpStatus.OK)
        .path("state").asText()).isEqualTo("RETURN_VISIT");
  }

  @Test
  void aSupervisorTransfersACaseWaitingForTheDecision_theTaskMoves_andTheFormerOfficerNoLongerSeesIt() {
    at(2032, 3, 9, 10);
    String caseNumber = submit("ent01", ent01, "督办负责人转办");
    api.completeTask("zhangwei", caseNumber, ACKNOWLEDGE_REQUEST, "firstAnswer", "已收到。");
    assertThat(tasks("zhangwei", caseNumber)).hasSize(1);

    api.call("chenjianguo", HttpMethod.POST, "/api/requests/" + caseNumber + "/transfer",
        "{\"toOfficer\": \"lina\", \"reason\": \"张伟休假\"}", HttpStatus.OK);

    assertThat(tasks("zhangwei", caseNumber)).isEmpty();
    assertThat(task("lina", caseNumber, DECIDE_HANDLING).path("assignee").asText()).isEqualTo("lina");
    api.completeTask("lina", caseNumber, DECIDE_HANDLING, "decision", "RESOLVE_DIRECTLY", "answer", "已当场解决。");
    JsonNode view = api.call("ent01", HttpMethod.GET, "/api/requests/" + caseNumber, null, HttpStatus.OK);
    assertThat(view.path("officer").asText()).isEqualTo("lina");
    assertThat(view.path("state").asText()).isEqualTo("RETURN_VISIT");
  }

  @Test
  void badInput_andAClosedCase_areRefusedInChineseAndEnglish_andChangeNothing() {
    at(2032, 3, 10, 10);
    String caseNumber = submit("ent01", ent01, "转办的错误输入");
    String path = "/api/requests/" + caseNumber + "/transfer";

    JsonNode unknown = ApiCalls.apiProblem(api.send("zhangwei", HttpMethod.POST, path,
        "{\"toOfficer\": \"nobody\", \"reason\": \" \"}"), HttpStatus.BAD_REQUEST, "首席服务官“nobody”不存在");
    assertThat(ApiCalls.fields(unknown)).containsExactly("toOfficer", "reason");
    assertThat(unknown.path("errors").toString()).contains("There is no officer \\\"nobody\\\"");
    ApiCalls.apiProblem(api.send("zhangwei", HttpMethod.POST, path, "{\"toOfficer\": \"zhangwei\", \"reason\": \"x\"}"),
        HttpStatus.BAD_REQUEST, "不能转办给本人");
    ApiCalls.apiProblem(api.send("ent01", HttpMethod.POST, path, "{\"toOfficer\": \"lina\", \"reason\": \"x\"}"),
        HttpStatus.FORBIDDEN, "只有案件的首席服务官、督办负责人和管理员可以转办案件");
    assertThat(task("zhangwei", caseNumber, ACKNOWLEDGE_REQUEST).path("assignee").asText()).isEqualTo("zhangwei");

    api.completeTask("zhangwei", caseNumber, ACKNOWLEDGE_REQUEST, "firstAnswer", "已收到。");
    api.completeTask("zhangwei", caseNumber, DECIDE_HANDLING, "decision", "RESOLVE_DIRECTLY", "answer", "已解决。");
    api.call("ent01", HttpMethod.POST, "/api/requests/" + caseNumber + "/satisfaction",
        "{\"satisfaction\": \"SATISFIED\"}", HttpStatus.OK);
    JsonNode closed = ApiCalls.apiProblem(api.send("chenjianguo", HttpMethod.POST, path,
        "{\"toOfficer\": \"lina\", \"reason\": \"补转\"}"), HttpStatus.CONFLICT, "已办结、已撤回或已关闭的案件不能转办");
    assertThat(closed.path("detail").asText()).contains("cannot be transferred");
    assertThat(closed.path("titleZh").asText()).isEqualTo("不能转办");

    JsonNode view = api.call("ent01", HttpMethod.GET, "/api/requests/" + caseNumber, null, HttpStatus.OK);
    assertThat(view.path("officer").asText()).isEqualTo("zhangwei");
    assertThat(view.path("state").asText()).isEqualTo("CLOSED");
    assertThat(view.path("timeline").toString()).doesNotContain("TRANSFERRED");
  }

  @Test
  void anEnterprisesNewOfficer_takesOverItsOpenCases_notItsClosedOnes_norThoseAnotherOfficerTookOver() {
    at(2032, 3, 11, 10);
    Enterprise enterprise = DirectoryFixtures.enterprise(enterprises,
        directory.officer("liuyang").orElseThrow());
    String waiting = submit("liuyang", enterprise.id(), "待签收的诉求");
    String handled = submit("liuyang", enterprise.id(), "部门办理中的诉求");
    api.completeTask("liuyang", handled, ACKNOWLEDGE_REQUEST, "firstAnswer", "已收到。");
    api.completeTask("liuyang", handled, DECIDE_HANDLING, "decision", "HAND_OVER", "leadDepartment", "power",
        "cooperatingDepartments", "", "timeLimit", 5);
    String closed = submit("liuyang", enterprise.id(), "已销号的诉求");
    api.completeTask("liuyang", closed, ACKNOWLEDGE_REQUEST, "firstAnswer", "已收到。");
    api.completeTask("liuyang", closed, DECIDE_HANDLING, "decision", "RESOLVE_DIRECTLY", "answer", "已解决。");
    api.call("liuyang", HttpMethod.POST, "/api/requests/" + closed + "/satisfaction",
        "{\"satisfaction\": \"SATISFIED\"}", HttpStatus.OK);
    String elsewhere = submit("liuyang", enterprise.id(), "已转办他人的诉求");
    api.call("liuyang", HttpMethod.POST, "/api/requests/" + elsewhere + "/transfer",
        "{\"toOfficer\": \"lina\", \"reason\": \"李娜熟悉人社政策\"}", HttpStatus.OK);

    api.call("admin", HttpMethod.PUT, "/api/directory/enterprises/" + enterprise.id() + "/officer",
        "{\"officerId\": \"wangjing\", \"reason\": \"挂点调整\"}", HttpStatus.OK);

    for (String caseNumber : List.of(waiting, handled)) {
      JsonNode view = api.call("wangjing", HttpMethod.GET, "/api/requests/" + caseNumber, null, HttpStatus.OK);
      assertThat(view.path("officer").asText()).isEqualTo("wangjing");
      JsonNode step = last(view.path("timeline"));
      assertThat(step.path("action").asText()).isEqualTo("TRANSFERRED");
      assertThat(step.path("actor").asText()).isEqualTo("admin");
      assertThat(step.toString()).contains("转办：刘洋 → 王静", "原因：" + RequestTransfers.ENTERPRISE_REASSIGNED);
      assertThat(tasks("liuyang", caseNumber)).isEmpty();
    }
    assertThat(task("wangjing", waiting, ACKNOWLEDGE_REQUEST).path("assignee").asText()).isEqualTo("wangjing");
    assertThat(task("power01", handled, DepartmentHandlingProcess.HANDLE_MATTER).path("id").asText()).isNotEmpty();
    JsonNode closedView = api.call("admin", HttpMethod.GET, "/api/requests/" + closed, null, HttpStatus.OK);
    assertThat(closedView.path("officer").asText()).isEqualTo("liuyang");
    assertThat(closedView.path("timeline").toString()).doesNotContain("TRANSFERRED");
    assertThat(api.call("admin", HttpMethod.GET, "/api/requests/" + elsewhere, null, HttpStatus.OK)
        .path("officer").asText()).isEqualTo("lina");
    // the ledger lists the open cases under the new officer
    JsonNode ledger = api.call("chenjianguo", HttpMethod.GET, "/api/ledger?officer=wangjing&submittedFrom=2032-03-11"
        + "&submittedTo=2032-03-11", null, HttpStatus.OK);
    List<String> listed = new ArrayList<>();
    ledger.path("items").forEach(row -> listed.add(row.path("caseNumber").asText()));
    assertThat(listed).containsExactlyInAnyOrder(waiting, handled);
  }

  @Test
  void theConveningAndTheSupervisionOrderOfTheFormerOfficer_followTheCase() {
    at(2032, 4, 6, 10);
    String caseNumber = submit("ent01", ent01, "召集与督办随案转办");
    api.completeTask("zhangwei", caseNumber, ACKNOWLEDGE_REQUEST, "firstAnswer", "已收到。");
    api.call("zhangwei", HttpMethod.POST, "/api/cases/" + caseNumber + "/convenings",
        "{\"question\": \"是否需要增容？\", \"officers\": [\"lina\", \"huangqiang\"], \"timeLimit\": 3}",
        HttpStatus.CREATED);
    long order = api.call("chenjianguo", HttpMethod.POST, "/api/supervision-orders", """
        {"caseNumber": "%s", "requirement": "说明办理进度", "timeLimit": 2}""".formatted(caseNumber),
        HttpStatus.CREATED).path("id").asLong();
    assertThat(task("zhangwei", caseNumber, SupervisionOrderProcess.SIGN_FOR_ORDER).path("assignee").asText())
        .isEqualTo("zhangwei");

    api.call("chenjianguo", HttpMethod.POST, "/api/requests/" + caseNumber + "/transfer",
        "{\"toOfficer\": \"xuming\", \"reason\": \"张伟调岗\"}", HttpStatus.OK);

    // the order is xuming's to sign for, and zhangwei holds nothing of the case any more
    assertThat(task("xuming", caseNumber, SupervisionOrderProcess.SIGN_FOR_ORDER).path("assignee").asText())
        .isEqualTo("xuming");
    assertThat(tasks("zhangwei", caseNumber)).isEmpty();
    api.call("xuming", HttpMethod.POST, "/api/supervision-orders/" + order + "/sign", "{}", HttpStatus.OK);
    // the convening is xuming's: once the opinions are in, xuming concludes it
    api.completeTask("lina", caseNumber, ConveningProcess.GIVE_OPINION, "opinion", "可以增容");
    api.completeTask("huangqiang", caseNumber, ConveningProcess.GIVE_OPINION, "opinion", "同意");
    assertThat(task("xuming", caseNumber, ConveningProcess.CONCLUDE_CONVENING).path("assignee").asText())
        .isEqualTo("xuming");
    assertThat(tasks("zhangwei", caseNumber)).isEmpty();
  }

  private String submit(String user, long enterpriseId, String title) {
    return api.call(user, HttpMethod.POST, "/api/requests", RequestFixtures.body(enterpriseId, title),
        HttpStatus.CREATED).path("caseNumber").asText();
  }

  private JsonNode task(String user, String caseNumber, String taskKey) {
    JsonNode found = api.call(user, HttpMethod.GET, "/engine-rest/task?processInstanceBusinessKey=" + caseNumber
        + "&taskDefinitionKey=" + taskKey, null, HttpStatus.OK);
    assertThat(found.size()).as("%s sees one %s in %s", user, taskKey, caseNumber).isEqualTo(1);
    return found.get(0);
  }

  private List<JsonNode> tasks(String user, String caseNumber) {
    List<JsonNode> found = new ArrayList<>();
    api.call(user, HttpMethod.GET, "/engine-rest/task?processInstanceBusinessKey=" + caseNumber, null, HttpStatus.OK)
        .forEach(found::add);
    return found;
  }

  private static JsonNode last(JsonNode timeline) {
    return timeline.get(timeline.size() - 1);
  }

  /** Sets the engine clock (also Steward's) to that hour in Asia/Shanghai. */
  private static void at(int year, int month, int day, int hour) {
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(year, month, day, hour, 0, 0, 0, StewardClock.ZONE)
        .toInstant()));
  }
}
