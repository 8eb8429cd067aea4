package org.steward.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Every file in processes/ and forms/ keeps the STYLE.md rules; the rules themselves catch broken models. */
class ProcessModelConventionsTests {

  private static final Path PROCESSES = Path.of("processes");
  private static final Path FORMS = Path.of("forms");

  @TestFactory
  Stream<DynamicTest> everyModelKeepsTheConventions() throws IOException {
    ModelConventions conventions = new ModelConventions(ModelConventions.formIds(FORMS));
    List<Path> models = files(PROCESSES, ".bpmn", ".dmn");
    assertThat(models).as("processes/ holds at least one BPMN model").anyMatch(p -> p.toString().endsWith(".bpmn"));
    return models.stream().map(model -> DynamicTest.dynamicTest(model.toString(), () -> {
      String xml = Files.readString(model, StandardCharsets.UTF_8);
      List<String> violations = model.toString().endsWith(".bpmn")
          ? conventions.checkBpmn(model.toString(), xml)
          : conventions.checkDmn(model.toString(), xml);
      assertThat(violations).isEmpty();
    }));
  }

  @TestFactory
  Stream<DynamicTest> everyFormKeepsTheConventions() throws IOException {
    ModelConventions conventions = new ModelConventions(Set.of());
    ObjectMapper json = new ObjectMapper();
    return files(FORMS, ".form").stream().map(form -> DynamicTest.dynamicTest(form.toString(),
        () -> assertThat(conventions.checkForm(form.toString(), json.readTree(form.toFile()))).isEmpty()));
  }

  @Test
  void brokenProcess_isReportedRuleByRule() {
    String broken = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_1" targetNamespace="http://steward.org">
          <bpmn:process id="wrongName" isExecutable="true">
            <bpmn:startEvent id="Event_0abc123">
              <bpmn:documentation>变量见 docs/processes/some-process.md 和 docs/processes.md。</bpmn:documentation>
            </bpmn:startEvent>
            <bpmn:sequenceFlow id="Flow_Start" sourceRef="Event_0abc123" targetRef="Gateway_Choice" />
            <bpmn:exclusiveGateway id="Gateway_Choice" name="继续?" />
            <bpmn:sequenceFlow id="Flow_A" sourceRef="Gateway_Choice" targetRef="UserTask_Check" />
            <bpmn:sequenceFlow id="Flow_B" name="否" sourceRef="Gateway_Choice" targetRef="ServiceTask_Call" />
            <bpmn:userTask id="UserTask_Check" name="Check" camunda:assignee="demo" camunda:formRef="missingForm" />
            <bpmn:serviceTask id="ServiceTask_Call" name="调用" camunda:class="org.example.Bad" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    List<String> violations = new ModelConventions(Set.of()).checkBpmn("processes/some-process.bpmn", broken);

    assertThat(violations).contains(
        "processes/some-process.bpmn: needs exactly one executable process whose id is the file name 'some-process'",
        "processes/some-process.bpmn: process has no camunda:historyTimeToLive",
        "processes/some-process.bpmn: process has no documentation (purpose, trigger, outcome)",
        "processes/some-process.bpmn: process must be camunda:isStartableInTasklist=\"false\"",
        "processes/some-process.bpmn: id 'Event_0abc123' must read StartEvent_<BusinessName>",
        "processes/some-process.bpmn: Event_0abc123 needs a Chinese name",
        "processes/some-process.bpmn: Gateway_Choice diverges without a default flow",
        "processes/some-process.bpmn: Flow_A leaves a diverging gateway and needs a name (the answer)",
        "processes/some-process.bpmn: UserTask_Check needs a Chinese name",
        "processes/some-process.bpmn: UserTask_Check has a fixed assignee 'demo': use candidate groups or an "
            + "expression",
        "processes/some-process.bpmn: UserTask_Check refers to form 'missingForm', which is not in forms/",
        "processes/some-process.bpmn: ServiceTask_Call must call Java only through "
            + "camunda:delegateExpression=\"${someBean}\"",
        "processes/some-process.bpmn: UserTask_Check has no diagram shape",
        "processes/some-process.bpmn: Flow_B has no diagram edge",
        "processes/some-process.bpmn: documentation names docs/processes/some-process.md, which does not exist",
        "processes/some-process.bpmn: Flow_A is not listed as its source's outgoing and its target's incoming (as "
            + "Modeler saves it)");
  }

  @Test
  void overlappingShapes_areReported_aBoundaryEventOnItsHostIsNot() {
    String overlapping = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
            id="Definitions_1" targetNamespace="http://steward.org">
          <bpmn:process id="some-process" isExecutable="true">
            <bpmn:userTask id="UserTask_One" name="一" />
            <bpmn:userTask id="UserTask_Two" name="二" />
            <bpmn:boundaryEvent id="BoundaryEvent_Late" name="超时" attachedToRef="UserTask_One" />
          </bpmn:process>
          <bpmndi:BPMNDiagram id="BPMNDiagram_1">
            <bpmndi:BPMNPlane id="BPMNPlane_1" bpmnElement="some-process">
              <bpmndi:BPMNShape id="UserTask_One_di" bpmnElement="UserTask_One">
                <dc:Bounds x="100" y="100" width="100" height="80" />
              </bpmndi:BPMNShape>
              <bpmndi:BPMNShape id="UserTask_Two_di" bpmnElement="UserTask_Two">
                <dc:Bounds x="150" y="150" width="100" height="80" />
              </bpmndi:BPMNShape>
              <bpmndi:BPMNShape id="BoundaryEvent_Late_di" bpmnElement="BoundaryEvent_Late">
                <dc:Bounds x="132" y="162" width="36" height="36" />
              </bpmndi:BPMNShape>
            </bpmndi:BPMNPlane>
          </bpmndi:BPMNDiagram>
        </bpmn:definitions>
        """;

    assertThat(new ModelConventions(Set.of()).checkBpmn("processes/some-process.bpmn", overlapping))
        .filteredOn(v -> v.contains("overlap"))
        .containsExactly("processes/some-process.bpmn: UserTask_One and UserTask_Two overlap in the diagram");
  }

  @Test
  void beanMethodsInTimersAndAssignments_andADeadlineDelegateWithoutItsSubject_areReported() {
    String model = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_1" targetNamespace="http://steward.org">
          <bpmn:process id="some-process" isExecutable="true">
            <bpmn:userTask id="UserTask_Handle" name="办理" camunda:assignee="${targets.assignee(kind)}"
                camunda:candidateGroups="dept-${department}" camunda:dueDate="${deadlines.dueAt(dueDate)}">
              <bpmn:extensionElements>
                <camunda:taskListener delegateExpression="${deadlineTaskListener}" event="create" />
              </bpmn:extensionElements>
            </bpmn:userTask>
            <bpmn:boundaryEvent id="BoundaryEvent_Near" name="将至" cancelActivity="false"
                attachedToRef="UserTask_Handle">
              <bpmn:timerEventDefinition id="TimerEventDefinition_Near">
                <bpmn:timeDate>${deadlines.warnAt(dueDate)}</bpmn:timeDate>
              </bpmn:timerEventDefinition>
            </bpmn:boundaryEvent>
            <bpmn:boundaryEvent id="BoundaryEvent_Late" name="超时" cancelActivity="false"
                attachedToRef="UserTask_Handle">
              <bpmn:timerEventDefinition id="TimerEventDefinition_Late">
                <bpmn:timeDate>${dueAt}</bpmn:timeDate>
              </bpmn:timerEventDefinition>
            </bpmn:boundaryEvent>
            <bpmn:boundaryEvent id="BoundaryEvent_Remind" name="提醒" cancelActivity="false"
                attachedToRef="UserTask_Handle">
              <bpmn:timerEventDefinition id="TimerEventDefinition_Remind">
                <bpmn:timeDuration>P1WD</bpmn:timeDuration>
              </bpmn:timerEventDefinition>
            </bpmn:boundaryEvent>
            <bpmn:serviceTask id="ServiceTask_MarkNear" name="黄灯"
                camunda:delegateExpression="${deadlineNearDelegate}" />
            <bpmn:serviceTask id="ServiceTask_MarkLate" name="红灯"
                camunda:delegateExpression="${deadlineOverdueDelegate}">
              <bpmn:extensionElements>
                <camunda:inputOutput>
                  <camunda:inputParameter name="subject">unit</camunda:inputParameter>
                </camunda:inputOutput>
              </bpmn:extensionElements>
            </bpmn:serviceTask>
            <bpmn:sequenceFlow id="Flow_ToMarkNear" sourceRef="BoundaryEvent_Near" targetRef="ServiceTask_MarkNear" />
            <bpmn:sequenceFlow id="Flow_ToMarkLate" sourceRef="BoundaryEvent_Late" targetRef="ServiceTask_MarkLate" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    assertThat(new ModelConventions(Set.of()).checkBpmn("processes/some-process.bpmn", model))
        .filteredOn(v -> v.contains("timer") || v.contains("method") || v.contains("deadline"))
        .containsExactlyInAnyOrder(
            "processes/some-process.bpmn: UserTask_Handle calls a bean's method in camunda:assignee: read a variable "
                + "instead",
            "processes/some-process.bpmn: UserTask_Handle calls a bean's method in camunda:dueDate: read a variable "
                + "instead",
            "processes/some-process.bpmn: the timer of BoundaryEvent_Near must read a variable (${warnAt}) or be a "
                + "literal (P1WD), not '${deadlines.warnAt(dueDate)}'",
            "processes/some-process.bpmn: ServiceTask_MarkNear calls a deadline delegate without the input parameter "
                + "'subject'",
            "processes/some-process.bpmn: UserTask_Handle has the deadline task listener without the input parameter "
                + "'subject'");
  }

  @Test
  void brokenDecisionAndForm_areReported() throws IOException {
    String dmn = """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="Definitions_R" name="R"
            namespace="http://steward.org">
          <decision id="other" name="Routing">
            <decisionTable id="DecisionTable_R"><output id="Output_1" name="x" typeRef="string" /></decisionTable>
          </decision>
        </definitions>
        """;
    String form = """
        {"id": "anotherId", "type": "default", "executionPlatform": "Camunda Cloud",
         "components": [{"type": "textfield", "key": "title", "label": "Title"},
           {"type": "textfield", "key": "reason", "label": "理由", "validate": {"required": true},
            "conditional": {"hide": "=action != \\"RETURN\\""}},
           {"type": "group", "label": "补充", "conditional": {"hide": "=true"}, "components": [
             {"type": "number", "key": "days", "label": "天数", "validate": {"min": 1}}]},
           {"type": "dynamiclist", "path": "items", "label": "事项", "components": []},
           {"type": "select", "key": "department", "label": "部门", "valuesKey": "departments"},
           {"type": "textfield", "key": "noteOptions", "label": "备注"}]}
        """;
    ModelConventions conventions = new ModelConventions(Set.of());

    assertThat(conventions.checkDmn("processes/request-routing.dmn", dmn)).containsExactlyInAnyOrder(
        "processes/request-routing.dmn: needs a decision whose id is the file name 'request-routing'",
        "processes/request-routing.dmn: decision other has no camunda:historyTimeToLive",
        "processes/request-routing.dmn: decision other needs a Chinese name");
    assertThat(conventions.checkForm("forms/acknowledge-request.form", new ObjectMapper().readTree(form)))
        .containsExactlyInAnyOrder(
            "forms/acknowledge-request.form: form id 'anotherId' differs from the file name 'acknowledge-request'",
            "forms/acknowledge-request.form: form must target the Camunda Platform (7)",
            "forms/acknowledge-request.form: field 'title' needs a Chinese label",
            "forms/acknowledge-request.form: field 'reason' is hidden by a condition and validated in the browser",
            "forms/acknowledge-request.form: field 'days' is hidden by a condition and validated in the browser",
            "forms/acknowledge-request.form: dynamic list 'items' keeps 完成 disabled in Tasklist; use rows",
            "forms/acknowledge-request.form: choice list 'departments' must be named ...Options",
            "forms/acknowledge-request.form: field 'noteOptions' is named like a choice list, which keeps no history");
  }

  private static List<Path> files(Path folder, String... suffixes) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile)
          .filter(f -> Stream.of(suffixes).anyMatch(s -> f.toString().endsWith(s)))
          .sorted()
          .toList();
    }
  }
}
