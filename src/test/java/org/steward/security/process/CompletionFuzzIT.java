package org.steward.security.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.request.process.EnterpriseRequestProcess.ACKNOWLEDGE_REQUEST;
import static org.steward.request.process.EnterpriseRequestProcess.DECIDE_HANDLING;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.junit.jupiter.api.AfterEach;
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
import org.steward.handling.process.DepartmentHandlingProcess;
import org.steward.request.RequestFixtures;
import org.steward.shared.StewardClock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.sessions.JqwikSession;

/**
 * Fuzzes task completions over engine-rest with jqwik's generators: for every kind of open task (cases set up here at
 * several steps, plus whatever other tests left open), random bodies with at least one variable the form does not
 * declare, random values and types, sent to every way of completing, never answer 5xx (nor 2xx) and never change
 * the case: its variables, the task's own variables and the task's existence are the same before and after.
 * The seed is fixed and printed with every failure; {@code -Dsteward.fuzz.seed=<n>} replays or varies it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "steward.demo.enabled=true")
@ActiveProfiles("test")
@Import(EmbeddedPostgresConfiguration.class)
class CompletionFuzzIT {

  private static final long SEED = Long.getLong("steward.fuzz.seed", 20261203L);
  private static final int TRIES_PER_KIND = 8;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> ACTIONS = List.of("complete", "submit-form", "resolve", "bpmnError",
      "bpmnEscalation");
  /** Variables a forger would set: identities steps act on, the light, the case, the rater. */
  private static final List<String> FORGED = List.of("unitId", "opinionId", "orderId", "ratedBy", "light",
      "completedBy", "caseNumber", "satisfaction", "answer", "decision");
  private static final List<String> ODD_VALUES = List.of(
      "{\"type\": \"Object\", \"value\": \"rO0ABXQAA2FiYw==\", "
          + "\"valueInfo\": {\"objectTypeName\": \"java.lang.String\","
          + " \"serializationDataFormat\": \"application/x-java-serialized-object\"}}",
      "{\"type\": \"Object\", \"value\": \"{\\\"a\\\": 1}\", \"valueInfo\": {\"objectTypeName\": \"java.util.HashMap\","
          + " \"serializationDataFormat\": \"application/json\"}}",
      "{\"type\": \"Json\", \"value\": \"{\\\"a\\\": [1, 2]}\"}",
      "{\"type\": \"Bytes\", \"value\": \"AQID\"}",
      "{\"type\": \"File\", \"value\": \"AQID\", "
          + "\"valueInfo\": {\"filename\": \"a.txt\", \"mimetype\": \"text/plain\"}}",
      "{\"type\": \"Date\", \"value\": \"2026-12-03T10:00:00.000+0800\"}",
      "{\"type\": \"Null\"}",
      "{\"type\": \"NoSuchType\", \"value\": \"x\"}",
      "{\"type\": \"Integer\", \"value\": \"not a number\"}",
      "{\"type\": \"Short\", \"value\": 99999999}",
      "{\"value\": {\"nested\": [1, \"二\", null]}}",
      "{\"value\": [1, 2, 3]}",
      "{\"type\": \"String\"}");

  @Autowired
  TestRestTemplate http;
  @Autowired
  DirectoryManagement directory;
  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;

  private final Random random = new Random(SEED);

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void randomVariablesNotOnTheForm_neverAnswer5xx_andNeverChangeTheCase() throws Exception {
    ApiCalls api = new ApiCalls(http, "demo");
    TasklistCalls tasklist = new TasklistCalls(api);
    givenCasesAtSeveralSteps(api, tasklist);
    JqwikSession.start();
    try {
      RandomGenerator<ObjectNode> bodies = variables().generator(100);
      for (Task task : oneOpenTaskOfEachKind()) {
        for (int i = 0; i < TRIES_PER_KIND; i++) {
          String action = ACTIONS.get(random.nextInt(ACTIONS.size()));
          String body = body(action, bodies.next(random).value());
          State before = state(task);

          ResponseEntity<String> answer = tasklist.act("admin", task.getId(), action, body);

          String why = "seed " + SEED + ", " + task.getTaskDefinitionKey() + " " + action + " " + body + " -> "
              + answer.getStatusCode() + " " + answer.getBody();
          assertThat(answer.getStatusCode().is4xxClientError()).as(why).isTrue();
          assertThat(state(task)).as(why).isEqualTo(before);
        }
      }
    } finally {
      JqwikSession.finish();
    }
  }

  /** A case at 签收诉求, one at 决定处理方式, one handed over (签收交办事项 and, signed, 办理并反馈), one convening (提出意见). */
  private void givenCasesAtSeveralSteps(ApiCalls api, TasklistCalls tasklist) {
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(LocalDate.of(2032, 5, 11).atTime(10, 0), StewardClock.ZONE)
        .toInstant()));
    long ent01 = directory.enterpriseOfUser("ent01").orElseThrow().id();
    List<String> cases = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      cases.add(api.call("ent01", HttpMethod.POST, "/api/requests", RequestFixtures.body(ent01, "模糊测试 " + i),
          HttpStatus.CREATED).path("caseNumber").asText());
    }
    for (String caseNumber : cases.subList(1, 5)) {
      complete(tasklist, "zhangwei", caseNumber, ACKNOWLEDGE_REQUEST, "firstAnswer", "已收到。");
    }
    for (String caseNumber : cases.subList(2, 4)) {
      complete(tasklist, "zhangwei", caseNumber, DECIDE_HANDLING, "decision", "HAND_OVER", "leadDepartment", "power",
          "cooperatingDepartments", "", "timeLimit", 5);
    }
    tasklist.claimedTask("power01", cases.get(3), DepartmentHandlingProcess.HANDLE_MATTER);
    complete(tasklist, "zhangwei", cases.get(4), DECIDE_HANDLING, "decision", "CONVENE", "conveningQuestion",
        "能否并联审批？", "conveningOfficers", "liuyang、wangjing", "conveningTimeLimit", "3");
  }

  private static void complete(TasklistCalls tasklist, String user, String caseNumber, String taskKey,
      Object... namesAndValues) {
    String task = tasklist.claimedTask(user, caseNumber, taskKey);
    ResponseEntity<String> done = tasklist.act(user, task, "complete", ApiCalls.completion(namesAndValues));
    assertThat(done.getStatusCode()).as("%s", done.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  private List<Task> oneOpenTaskOfEachKind() {
    Map<String, Task> kinds = new LinkedHashMap<>();
    tasks.createTaskQuery().active().orderByTaskCreateTime().desc().list().stream()
        .filter(task -> task.getProcessInstanceId() != null)
        .forEach(task -> kinds.putIfAbsent(task.getProcessDefinitionId().split(":")[0] + "/"
            + task.getTaskDefinitionKey(), task));
    assertThat(kinds.keySet()).as("kinds of open tasks").hasSizeGreaterThanOrEqualTo(5);
    return List.copyOf(kinds.values());
  }

  /** One to five variables, at least one of them not a field of any form. */
  private static Arbitrary<ObjectNode> variables() {
    Arbitrary<String> names = Arbitraries.oneOf(Arbitraries.of(FORGED),
        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12));
    Arbitrary<String> notOnAnyForm = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8)
        .map(name -> "x_" + name);
    return Arbitraries.maps(names, values()).ofMaxSize(4).flatMap(others -> Arbitraries.entries(notOnAnyForm, values())
        .map(extra -> {
          ObjectNode variables = JSON.createObjectNode();
          others.forEach(variables::set);
          variables.set(extra.getKey(), extra.getValue());
          return variables;
        }));
  }

  private static Arbitrary<JsonNode> values() {
    Arbitrary<String> text = Arbitraries.strings().withCharRange('\u0000', '\u00ff').withCharRange('\u4e00', '\u4fff')
        .withChars('\u200b', '\ufeff', '\u2028').ofMaxLength(40);
    return Arbitraries.oneOf(
        text.map(value -> typed("String", JSON.getNodeFactory().textNode(value))),
        text.map(value -> untyped(JSON.getNodeFactory().textNode(value))),
        Arbitraries.just("长".repeat(4001)).map(value -> typed("String", JSON.getNodeFactory().textNode(value))),
        Arbitraries.integers().map(value -> typed("Integer", JSON.getNodeFactory().numberNode(value))),
        Arbitraries.longs().map(value -> typed("Long", JSON.getNodeFactory().numberNode(value))),
        Arbitraries.doubles().map(value -> untyped(JSON.getNodeFactory().numberNode(value))),
        Arbitraries.of(true, false).map(value -> typed("Boolean", JSON.getNodeFactory().booleanNode(value))),
        Arbitraries.of(ODD_VALUES).map(CompletionFuzzIT::parse));
  }

  private static JsonNode typed(String type, JsonNode value) {
    ObjectNode variable = JSON.createObjectNode().put("type", type);
    variable.set("value", value);
    return variable;
  }

  private static JsonNode untyped(JsonNode value) {
    ObjectNode variable = JSON.createObjectNode();
    variable.set("value", value);
    return variable;
  }

  private static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (Exception e) {
      throw new IllegalArgumentException(json, e);
    }
  }

  private static String body(String action, ObjectNode variables) {
    ObjectNode body = JSON.createObjectNode();
    if (action.equals("bpmnError")) {
      body.put("errorCode", "Fuzz").put("errorMessage", "fuzz");
    } else if (action.equals("bpmnEscalation")) {
      body.put("escalationCode", "Fuzz");
    }
    body.set("variables", variables);
    return body.toString();
  }

  /** What a refused completion must leave as it was. */
  private record State(boolean open, Map<String, Object> instance, Map<String, Object> task) {
  }

  private State state(Task task) {
    boolean open = tasks.createTaskQuery().taskId(task.getId()).count() == 1;
    return new State(open, comparable(runtime.getVariablesTyped(task.getProcessInstanceId(), false)),
        open ? comparable(tasks.getVariablesLocalTyped(task.getId(), false)) : Map.of());
  }

  /** Values as they are stored: JSON variables (the forms' options) by their text, which compares by value. */
  private static Map<String, Object> comparable(VariableMap variables) {
    Map<String, Object> values = new TreeMap<>();
    variables.keySet().forEach(name -> {
      TypedValue typed = variables.getValueTyped(name);
      values.put(name, typed instanceof SerializableValue stored ? stored.getValueSerialized() : typed.getValue());
    });
    return values;
  }
}
