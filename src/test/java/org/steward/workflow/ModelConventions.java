package org.steward.workflow;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Error;
import org.camunda.bpm.model.bpmn.instance.Escalation;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.InclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.IntermediateThrowEvent;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.Signal;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The STYLE.md rules for models, as code: each check answers the list of broken rules of one file ("file: rule").
 * {@link ProcessModelConventionsTests} runs it over processes/ and forms/ and over deliberately broken samples.
 */
final class ModelConventions {

  private static final Pattern KEBAB = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
  private static final Pattern BUSINESS_NAME = Pattern.compile("[A-Z][A-Za-z0-9]*");
  private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");
  /** A file of the repository named in a documentation text: docs/processes.md, src/main/java/…/Foo.java. */
  private static final Pattern FILE_LINK =
      Pattern.compile("(?:docs|src|processes|forms)/[A-Za-z0-9_./-]*[A-Za-z0-9_-]\\.(?:md|java|bpmn|dmn|form|svg|sql)");
  private static final Pattern EXPRESSION = Pattern.compile("\\$\\{.+}");
  private static final Pattern DELEGATE_EXPRESSION = Pattern.compile("\\$\\{[a-z][A-Za-z0-9]*}");
  /** A bean's method called from an expression: {@code ${someBean.method(}. */
  private static final Pattern METHOD_CALL = Pattern.compile("\\$\\{[^}]*\\(");
  /** What a timer may say: a variable, or a literal (ISO 8601, or {@code P<n>WD} working days). */
  private static final Pattern TIMER = Pattern.compile("\\$\\{[a-z][A-Za-z0-9]*}|[^$]+");
  private static final Set<String> DEADLINE_DELEGATES = Set.of("${deadlineNearDelegate}", "${deadlineOverdueDelegate}");

  /** The processes people start in Tasklist's 启动流程: administrators check the calendar. */
  private static final Set<String> STARTED_IN_TASKLIST = Set.of("calendar-check");

  private final Set<String> formIds;
  private final List<String> violations = new ArrayList<>();
  private String file;
  private java.util.Map<String, Long> outgoing = java.util.Map.of();
  private java.util.Map<String, List<FlowNode>> sources = java.util.Map.of();

  ModelConventions(Set<String> formIds) {
    this.formIds = formIds;
  }

  static Set<String> formIds(Path formsFolder) throws IOException {
    if (!Files.isDirectory(formsFolder)) {
      return Set.of();
    }
    ObjectMapper json = new ObjectMapper();
    try (var files = Files.list(formsFolder)) {
      return files.filter(f -> f.toString().endsWith(".form"))
          .map(f -> readJson(json, f).path("id").asText())
          .collect(Collectors.toSet());
    }
  }

  List<String> checkBpmn(String fileName, String xml) {
    start(fileName);
    BpmnModelInstance model = Bpmn.readModelFromStream(
        new java.io.ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    String expectedId = baseName(fileName);
    Collection<Process> processes = model.getModelElementsByType(Process.class);
    List<Process> executable = processes.stream().filter(Process::isExecutable).toList();
    if (executable.size() != 1 || !executable.get(0).getId().equals(expectedId)) {
      fail("needs exactly one executable process whose id is the file name '" + expectedId + "'");
    }
    if (!KEBAB.matcher(expectedId).matches()) {
      fail("process id '" + expectedId + "' is not kebab-case");
    }
    for (Process process : executable) {
      if (process.getCamundaHistoryTimeToLiveString() == null) {
        fail("process has no camunda:historyTimeToLive");
      }
      if (process.getDocumentations().isEmpty()
          || process.getDocumentations().iterator().next().getTextContent().isBlank()) {
        fail("process has no documentation (purpose, trigger, outcome)");
      }
      if (process.getName() == null || !CHINESE.matcher(process.getName()).find()) {
        fail("process needs a Chinese name");
      }
      if (process.isCamundaStartableInTasklist() && !STARTED_IN_TASKLIST.contains(process.getId())) {
        // only Steward starts its processes (docs/security.md): Tasklist's 启动流程 must not offer them
        fail("process must be camunda:isStartableInTasklist=\"false\"");
      }
    }
    Set<String> shapes = model.getModelElementsByType(BpmnShape.class).stream()
        .filter(s -> s.getBpmnElement() != null).map(s -> s.getBpmnElement().getId()).collect(Collectors.toSet());
    Set<String> edges = model.getModelElementsByType(BpmnEdge.class).stream()
        .filter(e -> e.getBpmnElement() != null).map(e -> e.getBpmnElement().getId()).collect(Collectors.toSet());

    // counted from the flows' sourceRef (the rule below makes the <bpmn:outgoing> children agree)
    outgoing = model.getModelElementsByType(SequenceFlow.class).stream()
        .collect(Collectors.groupingBy(f -> f.getSource().getId(), Collectors.counting()));
    sources = model.getModelElementsByType(SequenceFlow.class).stream().collect(Collectors.groupingBy(
        f -> f.getTarget().getId(), Collectors.mapping(SequenceFlow::getSource, Collectors.toList())));
    for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
      checkId(element, prefixOf(element));
      if (element instanceof FlowNode node) {
        checkFlowNode(node, shapes);
      } else if (element instanceof SequenceFlow flow) {
        if (!edges.contains(flow.getId())) {
          fail(flow.getId() + " has no diagram edge");
        }
        if (!flow.getSource().getOutgoing().contains(flow) || !flow.getTarget().getIncoming().contains(flow)) {
          fail(flow.getId() + " is not listed as its source's outgoing and its target's incoming "
              + "(as Modeler saves it)");
        }
        if (flow.getSource() instanceof Gateway && diverges(flow.getSource())
            && (flow.getName() == null || flow.getName().isBlank())) {
          fail(flow.getId() + " leaves a diverging gateway and needs a name (the answer)");
        }
      }
    }
    checkOverlaps(model);
    model.getModelElementsByType(Documentation.class).forEach(this::checkLinks);
    model.getModelElementsByType(TimerEventDefinition.class).forEach(this::checkTimer);
    model.getModelElementsByType(Message.class).forEach(m -> checkId(m, "Message"));
    model.getModelElementsByType(Error.class).forEach(e -> checkId(e, "Error"));
    model.getModelElementsByType(Escalation.class).forEach(e -> checkId(e, "Escalation"));
    model.getModelElementsByType(Signal.class).forEach(s -> checkId(s, "Signal"));
    model.getModelElementsByType(CamundaExecutionListener.class).forEach(this::checkListener);
    model.getModelElementsByType(CamundaTaskListener.class).forEach(this::checkListener);
    return List.copyOf(violations);
  }

  /** Every file a documentation text names exists (the models are read from the repository's root). */
  private void checkLinks(Documentation documentation) {
    var link = FILE_LINK.matcher(documentation.getTextContent());
    while (link.find()) {
      if (!Files.exists(Path.of(link.group()))) {
        fail("documentation names " + link.group() + ", which does not exist");
      }
    }
  }

  /** No two shapes of flow nodes overlap; a boundary event sits on its host and a sub-process holds its nodes. */
  private void checkOverlaps(BpmnModelInstance model) {
    List<BpmnShape> boxes = model.getModelElementsByType(BpmnShape.class).stream()
        .filter(s -> s.getBpmnElement() instanceof FlowNode && !(s.getBpmnElement() instanceof BoundaryEvent)
            && !(s.getBpmnElement() instanceof SubProcess))
        .toList();
    for (int i = 0; i < boxes.size(); i++) {
      for (int j = i + 1; j < boxes.size(); j++) {
        Bounds a = boxes.get(i).getBounds();
        Bounds b = boxes.get(j).getBounds();
        if (a.getX() < b.getX() + b.getWidth() && b.getX() < a.getX() + a.getWidth()
            && a.getY() < b.getY() + b.getHeight() && b.getY() < a.getY() + a.getHeight()) {
          fail(boxes.get(i).getBpmnElement().getId() + " and " + boxes.get(j).getBpmnElement().getId()
              + " overlap in the diagram");
        }
      }
    }
  }

  List<String> checkDmn(String fileName, String xml) {
    start(fileName);
    DmnModelInstance model = Dmn.readModelFromStream(
        new java.io.ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    String expectedId = baseName(fileName);
    Collection<Decision> decisions = model.getModelElementsByType(Decision.class);
    if (decisions.stream().noneMatch(d -> d.getId().equals(expectedId))) {
      fail("needs a decision whose id is the file name '" + expectedId + "'");
    }
    for (Decision decision : decisions) {
      if (decision.getCamundaHistoryTimeToLiveString() == null) {
        fail("decision " + decision.getId() + " has no camunda:historyTimeToLive");
      }
      if (decision.getName() == null || !CHINESE.matcher(decision.getName()).find()) {
        fail("decision " + decision.getId() + " needs a Chinese name");
      }
    }
    return List.copyOf(violations);
  }

  List<String> checkForm(String fileName, JsonNode form) {
    start(fileName);
    if (!baseName(fileName).equals(form.path("id").asText())) {
      fail("form id '" + form.path("id").asText() + "' differs from the file name '" + baseName(fileName) + "'");
    }
    if (!form.path("executionPlatform").asText().equals("Camunda Platform")) {
      fail("form must target the Camunda Platform (7)");
    }
    checkComponents(form.path("components"), false);
    return List.copyOf(violations);
  }

  private void checkComponents(JsonNode components, boolean hidden) {
    for (JsonNode component : components) {
      boolean conditional = hidden || component.path("conditional").has("hide");
      // Tasklist 7.24 counts form-js's errors by their first key, and a dynamic list's field leaves one behind once
      // edited: 完成 stays disabled for good
      if (component.path("type").asText().equals("dynamiclist")) {
        fail("dynamic list '" + component.path("path").asText() + "' keeps 完成 disabled in Tasklist; use rows");
      }
      // the history level leaves out what a form chooses from by its name: a list named otherwise would be kept in
      // every case's history, and a field named so would be lost from it
      String valuesKey = component.path("valuesKey").asText("");
      if (!valuesKey.isEmpty() && !valuesKey.endsWith(StewardHistoryLevel.CHOICE_LIST_SUFFIX)) {
        fail("choice list '" + valuesKey + "' must be named ..." + StewardHistoryLevel.CHOICE_LIST_SUFFIX);
      }
      if (component.path("key").asText("").endsWith(StewardHistoryLevel.CHOICE_LIST_SUFFIX)) {
        fail("field '" + component.path("key").asText() + "' is named like a choice list, which keeps no history");
      }
      if (component.has("key")) {
        String label = component.path("label").asText();
        if (!CHINESE.matcher(label).find()) {
          fail("field '" + component.path("key").asText() + "' needs a Chinese label");
        }
        // form-js keeps a hidden field's validation error and Tasklist then disables 完成 with no message: a field a
        // condition hides is checked by the task's listener instead
        if (conditional && component.has("validate")) {
          fail("field '" + component.path("key").asText() + "' is hidden by a condition and validated in the browser");
        }
      }
      checkComponents(component.path("components"), conditional);
    }
  }

  private void checkFlowNode(FlowNode node, Set<String> shapes) {
    if (node.getName() == null || !CHINESE.matcher(node.getName()).find()) {
      fail(node.getId() + " needs a Chinese name");
    }
    if (!shapes.contains(node.getId())) {
      fail(node.getId() + " has no diagram shape");
    }
    if (node instanceof UserTask task) {
      checkUserTask(task);
    } else if (node instanceof ServiceTask task) {
      checkDelegate(task.getId(), task.getCamundaDelegateExpression(), task.getCamundaClass(),
          task.getCamundaExpression(), task.getCamundaType());
      checkDeadlineDelegate(task);
    } else if (node instanceof SendTask task) {
      checkDelegate(task.getId(), task.getCamundaDelegateExpression(), task.getCamundaClass(),
          task.getCamundaExpression(), task.getCamundaType());
    } else if (node instanceof BusinessRuleTask task && task.getCamundaDecisionRef() == null) {
      fail(task.getId() + " must call a DMN decision (camunda:decisionRef)");
    } else if (node instanceof ScriptTask) {
      fail(node.getId() + " is a script task: call Java through a delegate expression instead");
    } else if (node instanceof StartEvent start && start.getCamundaFormRef() != null) {
      checkFormRef(node.getId(), start.getCamundaFormRef());
    }
    if ((node instanceof ExclusiveGateway || node instanceof InclusiveGateway) && diverges(node)) {
      SequenceFlow defaultFlow = node instanceof ExclusiveGateway x ? x.getDefault()
          : ((InclusiveGateway) node).getDefault();
      if (defaultFlow == null) {
        fail(node.getId() + " diverges without a default flow");
      }
    }
  }

  private void checkTimer(TimerEventDefinition timer) {
    String owner = timer.getParentElement() == null ? "?" : timer.getParentElement().getAttributeValue("id");
    for (var definition : java.util.Arrays.asList(timer.getTimeDate(), timer.getTimeDuration(), timer.getTimeCycle())) {
      if (definition != null && !TIMER.matcher(definition.getTextContent().strip()).matches()) {
        fail("the timer of " + owner + " must read a variable (${warnAt}) or be a literal (P1WD), not '"
            + definition.getTextContent().strip() + "'");
      }
    }
  }

  /** The generic deadline delegates need their subject and must follow the timer that signals them. */
  private void checkDeadlineDelegate(ServiceTask task) {
    String delegate = task.getCamundaDelegateExpression();
    if (delegate == null || !DEADLINE_DELEGATES.contains(delegate)) {
      return;
    }
    if (!namesSubject(task)) {
      fail(task.getId() + " calls a deadline delegate without the input parameter 'subject'");
    }
    List<FlowNode> from = sources.getOrDefault(task.getId(), List.of());
    if (from.size() != 1 || !(from.get(0) instanceof BoundaryEvent)) {
      fail(task.getId() + " calls a deadline delegate and must directly follow a timer boundary event");
    }
  }

  /** Whether the element has the input parameter {@code subject}, naming a deadline subject's kind. */
  private static boolean namesSubject(BaseElement element) {
    return element.getExtensionElements() != null && element.getExtensionElements()
        .getElementsQuery().filterByType(CamundaInputOutput.class).list().stream()
        .flatMap(io -> io.getCamundaInputParameters().stream())
        .anyMatch(p -> "subject".equals(p.getCamundaName()) && p.getTextContent() != null
            && !p.getTextContent().isBlank());
  }

  private boolean diverges(FlowNode node) {
    return outgoing.getOrDefault(node.getId(), 0L) > 1;
  }

  private void checkUserTask(UserTask task) {
    String assignee = task.getCamundaAssignee();
    if (assignee != null && !EXPRESSION.matcher(assignee).matches()) {
      fail(task.getId() + " has a fixed assignee '" + assignee + "': use candidate groups or an expression");
    }
    if (assignee == null && task.getCamundaCandidateGroups() == null && task.getCamundaCandidateUsers() == null) {
      fail(task.getId() + " has neither candidate groups, candidate users nor an assignee expression");
    }
    if (task.getCamundaFormRef() != null) {
      checkFormRef(task.getId(), task.getCamundaFormRef());
    }
    boolean lit = task.getExtensionElements() != null && task.getExtensionElements().getElementsQuery()
        .filterByType(CamundaTaskListener.class).list().stream()
        .anyMatch(l -> "${deadlineTaskListener}".equals(l.getCamundaDelegateExpression()));
    if (lit && !namesSubject(task)) {
      fail(task.getId() + " has the deadline task listener without the input parameter 'subject'");
    }
    java.util.Map<String, String> assignments = new java.util.LinkedHashMap<>();
    assignments.put("assignee", assignee);
    assignments.put("candidateGroups", task.getCamundaCandidateGroups());
    assignments.put("candidateUsers", task.getCamundaCandidateUsers());
    assignments.put("dueDate", task.getCamundaDueDate());
    assignments.put("followUpDate", task.getCamundaFollowUpDate());
    assignments.forEach((attribute, value) -> {
      if (value != null && METHOD_CALL.matcher(value).find()) {
        fail(task.getId() + " calls a bean's method in camunda:" + attribute + ": read a variable instead");
      }
    });
  }

  private void checkFormRef(String elementId, String formRef) {
    if (!EXPRESSION.matcher(formRef).matches() && !formIds.contains(formRef)) {
      fail(elementId + " refers to form '" + formRef + "', which is not in forms/");
    }
  }

  private void checkDelegate(String id, String delegateExpression, String className, String expression, String type) {
    if ("external".equals(type)) {
      return;
    }
    if (className != null || expression != null || delegateExpression == null
        || !DELEGATE_EXPRESSION.matcher(delegateExpression).matches()) {
      fail(id + " must call Java only through camunda:delegateExpression=\"${someBean}\"");
    }
  }

  private void checkListener(ModelElementInstance listener) {
    String owner = listener.getParentElement() == null || listener.getParentElement().getParentElement() == null
        ? "?" : listener.getParentElement().getParentElement().getAttributeValue("id");
    String className = listener.getAttributeValue("class");
    String expression = listener.getAttributeValue("expression");
    String delegateExpression = listener.getAttributeValue("delegateExpression");
    boolean script = listener.getChildElementsByType(
        org.camunda.bpm.model.bpmn.instance.camunda.CamundaScript.class).size() > 0;
    if (className != null || expression != null || script
        || delegateExpression == null || !DELEGATE_EXPRESSION.matcher(delegateExpression).matches()) {
      fail("a listener on " + owner + " must use camunda:delegateExpression=\"${someBean}\"");
    }
  }

  private void checkId(BaseElement element, String prefix) {
    String id = element.getId();
    int cut = id == null ? -1 : id.indexOf('_');
    if (cut < 0 || !id.substring(0, cut).equals(prefix) || !BUSINESS_NAME.matcher(id.substring(cut + 1)).matches()) {
      fail("id '" + id + "' must read " + prefix + "_<BusinessName>");
    }
  }

  private static String prefixOf(FlowElement element) {
    if (element instanceof SequenceFlow) {
      return "Flow";
    }
    if (element instanceof Gateway) {
      return "Gateway";
    }
    if (element instanceof IntermediateCatchEvent || element instanceof IntermediateThrowEvent) {
      return "Event";
    }
    if (element instanceof SubProcess) {
      return "SubProcess";
    }
    if (element instanceof BoundaryEvent || element instanceof StartEvent || element instanceof EndEvent
        || element instanceof CallActivity || element instanceof org.camunda.bpm.model.bpmn.instance.Task) {
      String type = element.getElementType().getTypeName();
      return Character.toUpperCase(type.charAt(0)) + type.substring(1);
    }
    return element.getElementType().getTypeName();
  }

  private void start(String fileName) {
    file = fileName;
    violations.clear();
  }

  private void fail(String rule) {
    violations.add(file + ": " + rule);
  }

  private static String baseName(String fileName) {
    String name = Path.of(fileName).getFileName().toString();
    return name.substring(0, name.lastIndexOf('.'));
  }

  private static JsonNode readJson(ObjectMapper json, Path file) {
    try {
      return json.readTree(file.toFile());
    } catch (IOException e) {
      throw new IllegalStateException("Unreadable form " + file, e);
    }
  }
}
