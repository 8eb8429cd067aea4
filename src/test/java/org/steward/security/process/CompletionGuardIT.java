package org.steward.security.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.request.process.EnterpriseRequestProcess.ACKNOWLEDGE_REQUEST;
import static org.steward.request.process.EnterpriseRequestProcess.DECIDE_HANDLING;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;
import java.util.TreeMap;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.SerializableValue;
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
import org.steward.request.RequestFixtures;
import org.steward.request.process.EnterpriseRequestProcess;
import org.steward.shared.StewardClock;

/**
 * The completion guard over engine-rest, as the demo users call it (Tasklist's way): a completion sets only what its
 * form asks, a refusal answers 400 problem+json naming each field and changes nothing, a lost race answers 409.
 * Cases are submitted on 2032-05-10, a day no other test uses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "steward.demo.enabled=true")
@ActiveProfiles("test")
@Import(EmbeddedPostgresConfiguration.class)
class CompletionGuardIT {

  private static final String OFFICER = "zhangwei";

  @Autowired
  TestRestTemplate http;
  @Autowired
  DirectoryManagement directory;
  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;
  @Autowired
  HistoryService history;

  private ApiCalls api;
  private TasklistCalls tasklist;

  @BeforeEach
  void setUp() {
    api = new ApiCalls(http, "demo");
    tasklist = new TasklistCalls(api);
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(LocalDate.of(2032, 5, 10).atTime(10, 0), StewardClock.ZONE)
        .toInstant()));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void variableNotOnTheForm_onCompleteOrSubmitForm_is400NamingIt_andNothingChanges() {
    String caseNumber = submit("伪造单位");
    String task = tasklist.claimedTask(OFFICER, caseNumber, ACKNOWLEDGE_REQUEST);
    Map<String, Object> before = variables(task);

    ResponseEntity<String> complete = tasklist.act(OFFICER, task, "complete",
        ApiCalls.completion("firstAnswer", "已收到。", "light", "PURPLE"));
    ResponseEntity<String> submit = tasklist.act(OFFICER, task, "submit-form",
        tasklist.tasklistBody(OFFICER, task, Map.of("firstAnswer", "已收到。", "unitId", 1)));

    assertThat(ApiCalls.fields(ApiCalls.problem(complete, HttpStatus.BAD_REQUEST, "light"))).containsExactly("light");
    assertThat(ApiCalls.fields(ApiCalls.problem(submit, HttpStatus.BAD_REQUEST, "unitId：不是本任务表单的字段")))
        .containsExactly("unitId");
    assertThat(ApiCalls.json(submit).path("errors").get(0).path("messageZh").asText()).contains("不是本任务表单的字段");
    assertThat(tasks.createTaskQuery().taskId(task).count()).isOne();
    assertThat(variables(task)).isEqualTo(before);
  }

  @Test
  void changedReadonlyField_is400_whileTasklistSendingThemBackUnchanged_completes() {
    String caseNumber = submit("只读字段");
    String task = tasklist.claimedTask(OFFICER, caseNumber, ACKNOWLEDGE_REQUEST);

    ResponseEntity<String> changed = tasklist.act(OFFICER, task, "submit-form",
        tasklist.tasklistBody(OFFICER, task, Map.of("firstAnswer", "已收到。", "contactPhone", "13800000000")));
    ResponseEntity<String> unchanged = tasklist.act(OFFICER, task, "submit-form",
        tasklist.tasklistBody(OFFICER, task, Map.of("firstAnswer", "已收到。")));

    assertThat(ApiCalls.fields(ApiCalls.problem(changed, HttpStatus.BAD_REQUEST, "联系电话：在本任务表单中为只读")))
        .containsExactly("contactPhone");
    assertThat(unchanged.getStatusCode()).as("%s", unchanged.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(runtime.getVariable(processInstance(caseNumber), "contactPhone")).isEqualTo("020-12345678");
  }

  @Test
  void textOf4001Characters_is400_4000AreStored() {
    String caseNumber = submit("超长答复");
    complete(caseNumber, ACKNOWLEDGE_REQUEST, "firstAnswer", "已收到。");
    String task = tasklist.claimedTask(OFFICER, caseNumber, DECIDE_HANDLING);

    ResponseEntity<String> tooLong = tasklist.act(OFFICER, task, "complete",
        ApiCalls.completion("decision", "RESOLVE_DIRECTLY", "answer", "答".repeat(4001)));
    ResponseEntity<String> longest = tasklist.act(OFFICER, task, "complete",
        ApiCalls.completion("decision", "RESOLVE_DIRECTLY", "answer", "答".repeat(4000)));

    assertThat(ApiCalls.fields(ApiCalls.problem(tooLong, HttpStatus.BAD_REQUEST, "超过 4000 个字符")))
        .containsExactly("answer");
    assertThat(longest.getStatusCode()).as("%s", longest.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(processInstance(caseNumber))
        .variableName("answer").singleResult().getValue()).isEqualTo("答".repeat(4000));
  }

  @Test
  void listenerRefusal_is400_withTheChineseSentenceAsMessage() {
    String caseNumber = submit("监听器拒绝");
    complete(caseNumber, ACKNOWLEDGE_REQUEST, "firstAnswer", "已收到。");
    String task = tasklist.claimedTask(OFFICER, caseNumber, DECIDE_HANDLING);

    ResponseEntity<String> refused = tasklist.act(OFFICER, task, "complete",
        ApiCalls.completion("decision", "HAND_OVER", "leadDepartment", " ", "timeLimit", 5));

    assertThat(ApiCalls.problem(refused, HttpStatus.BAD_REQUEST, "任务未完成：牵头部门：不能为空").path("errors")
        .get(0).path("message").asText()).isNotBlank();
    assertThat(tasks.createTaskQuery().taskId(task).count()).isOne();
  }

  @Test
  void secondCompletionOrClaimOfTheSameTask_is409_aTaskThatNeverExisted_is404() {
    String caseNumber = submit("重复完成");
    String task = tasklist.claimedTask(OFFICER, caseNumber, ACKNOWLEDGE_REQUEST);
    String body = ApiCalls.completion("firstAnswer", "已收到。");
    assertThat(tasklist.act(OFFICER, task, "complete", body).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    ApiCalls.problem(tasklist.act(OFFICER, task, "complete", body), HttpStatus.CONFLICT, "已被完成");
    ApiCalls.problem(tasklist.act(OFFICER, task, "submit-form", body), HttpStatus.CONFLICT, "已被完成");
    ApiCalls.problem(tasklist.act(OFFICER, task, "claim", "{\"userId\": \"zhangwei\"}"), HttpStatus.CONFLICT,
        "已被完成");
    assertThat(tasklist.act(OFFICER, "no-such-task", "complete", body).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  private String submit(String title) {
    long ent01 = directory.enterpriseOfUser("ent01").orElseThrow().id();
    return api.call("ent01", HttpMethod.POST, "/api/requests", RequestFixtures.body(ent01, title), HttpStatus.CREATED)
        .path("caseNumber").asText();
  }

  private void complete(String caseNumber, String taskKey, Object... namesAndValues) {
    String task = tasklist.claimedTask(OFFICER, caseNumber, taskKey);
    ResponseEntity<String> done = tasklist.act(OFFICER, task, "complete", ApiCalls.completion(namesAndValues));
    assertThat(done.getStatusCode()).as("%s", done.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  private String processInstance(String caseNumber) {
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber, EnterpriseRequestProcess.ID)
        .singleResult().getId();
  }

  /** The case's variables as stored: JSON ones (the forms' options) by their text, which compares by value. */
  private Map<String, Object> variables(String task) {
    VariableMap typed = runtime.getVariablesTyped(
        tasks.createTaskQuery().taskId(task).singleResult().getProcessInstanceId(), false);
    Map<String, Object> values = new TreeMap<>();
    typed.keySet().forEach(name -> values.put(name, typed.getValueTyped(name) instanceof SerializableValue stored
        ? stored.getValueSerialized() : typed.get(name)));
    return values;
  }
}
