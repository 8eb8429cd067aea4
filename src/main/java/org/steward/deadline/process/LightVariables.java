package org.steward.deadline.process;

import java.util.ArrayList;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.springframework.stereotype.Component;
import org.steward.deadline.DeadlineSubject;
import org.steward.deadline.Light;
import org.steward.deadline.Lights;

/**
 * Writes the {@code light} variable where the Tasklist filters see it for the subject's tasks only: on the process
 * instance when the subject is the whole instance; otherwise on the open tasks inside the activity whose timer fired,
 * in this scope (this officer's, this department's, this milestone's).
 */
@Component
@RequiredArgsConstructor
class LightVariables {

  private final RuntimeService runtime;
  private final TaskService tasks;

  void write(DelegateExecution execution, DeadlineSubject subject, Light light) {
    if (!subject.sharesInstance()) {
      execution.getProcessInstance().setVariable(Lights.VARIABLE, light.name());
      return;
    }
    for (Task task : timedTasks(execution)) {
      tasks.setVariableLocal(task.getId(), Lights.VARIABLE, light.name());
    }
  }

  /** The open tasks inside the activity whose timer led to {@code execution}, in this scope. */
  List<Task> timedTasks(DelegateExecution execution) {
    String timed = timedActivity(execution);
    ActivityInstance scope = find(runtime.getActivityInstance(execution.getProcessInstanceId()),
        execution.getParentActivityInstanceId());
    List<String> instanceIds = new ArrayList<>();
    if (scope != null) {
      for (ActivityInstance child : scope.getChildActivityInstances()) {
        if (child.getActivityId().equals(timed)) {
          collect(child, instanceIds);
        }
      }
    }
    return instanceIds.isEmpty() ? List.of()
        : tasks.createTaskQuery().activityInstanceIdIn(instanceIds.toArray(String[]::new)).list();
  }

  /** The activity whose timer fired: the models put the light delegates right after a timer boundary event. */
  private static String timedActivity(DelegateExecution execution) {
    FlowNode node = (FlowNode) execution.getBpmnModelElementInstance();
    if (node.getIncoming().size() == 1
        && node.getIncoming().iterator().next().getSource() instanceof BoundaryEvent boundary) {
      return boundary.getAttachedTo().getId();
    }
    throw new IllegalStateException(execution.getCurrentActivityId()
        + " must directly follow the timer boundary event of the subject's activity");
  }

  private static ActivityInstance find(ActivityInstance instance, String id) {
    if (instance.getId().equals(id)) {
      return instance;
    }
    for (ActivityInstance child : instance.getChildActivityInstances()) {
      ActivityInstance found = find(child, id);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private static void collect(ActivityInstance instance, List<String> ids) {
    ids.add(instance.getId());
    for (ActivityInstance child : instance.getChildActivityInstances()) {
      collect(child, ids);
    }
  }
}
