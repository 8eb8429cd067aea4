package org.steward.deadline.process;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.steward.deadline.Lights;

/**
 * Lights every task of a subject from the start, in every model, without the model declaring anything: a user task
 * whose activity (the task itself, or a sub-process holding it) has a timer leading to a deadline delegate gets, at
 * parse time, a create listener that writes the subject's light when it is already yellow or red (an officer added
 * on the due date, a task created again after the warning). The designer's own {@code task} subject is left out: a
 * task's own due date starts with the task.
 */
@Component
public class DeadlineTasksPlugin extends AbstractProcessEnginePlugin {

  private static final Set<String> DELEGATES = Set.of("${deadlineNearDelegate}", "${deadlineOverdueDelegate}");
  private static final String OWN_TASK = "task";

  private final ObjectProvider<Lights> lights;

  public DeadlineTasksPlugin(ObjectProvider<Lights> lights) {
    this.lights = lights;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseProcess(Element process, ProcessDefinitionEntity definition) {
        subjectTasks(process).forEach((taskId, kind) -> {
          ActivityImpl task = definition.findActivity(taskId);
          ((UserTaskActivityBehavior) task.getActivityBehavior()).getTaskDefinition().addBuiltInTaskListener(
              TaskListener.EVENTNAME_CREATE, created -> DeadlineTaskListener.light(created, lights.getObject(), kind));
        });
      }
    });
    configuration.setCustomPostBPMNParseListeners(listeners);
  }

  /** The user tasks of a process whose activity a deadline delegate's timer is attached to, with the subject's kind. */
  static Map<String, String> subjectTasks(Element process) {
    Map<String, Element> elements = new HashMap<>();
    collect(process, elements);
    Map<String, String> sources = new HashMap<>();
    Map<String, String> kinds = new LinkedHashMap<>();
    for (Element element : elements.values()) {
      if ("sequenceFlow".equals(name(element))) {
        sources.put(element.attribute("targetRef"), element.attribute("sourceRef"));
      }
    }
    for (Element element : elements.values()) {
      String kind = subjectOf(element);
      Element timer = elements.get(sources.get(element.attribute("id")));
      if (kind == null || OWN_TASK.equals(kind) || timer == null || !"boundaryEvent".equals(name(timer))) {
        continue;
      }
      Element timed = elements.get(timer.attribute("attachedToRef"));
      if (timed != null) {
        userTasks(timed, taskId -> kinds.put(taskId, kind));
      }
    }
    return kinds;
  }

  /** The subject a deadline delegate names by its input parameter, or null for any other element. */
  private static String subjectOf(Element element) {
    String delegate = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "delegateExpression");
    if (delegate == null || !DELEGATES.contains(delegate)) {
      return null;
    }
    List<Element> nested = new ArrayList<>();
    descendants(element, nested);
    return nested.stream().filter(e -> "inputParameter".equals(name(e)) && "subject".equals(e.attribute("name")))
        .map(e -> e.getText().strip()).findFirst().orElse(null);
  }

  private static void userTasks(Element element, Consumer<String> found) {
    if ("userTask".equals(name(element))) {
      found.accept(element.attribute("id"));
    }
    if ("subProcess".equals(name(element))) {
      element.elements().forEach(child -> userTasks(child, found));
    }
  }

  private static void collect(Element element, Map<String, Element> byId) {
    for (Element child : element.elements()) {
      if (child.attribute("id") != null) {
        byId.put(child.attribute("id"), child);
      }
      collect(child, byId);
    }
  }

  private static void descendants(Element element, List<Element> all) {
    for (Element child : element.elements()) {
      all.add(child);
      descendants(child, all);
    }
  }

  private static String name(Element element) {
    String tag = element.getTagName();
    return tag.substring(tag.indexOf(':') + 1);
  }
}
