package org.steward.deadline.process;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.steward.deadline.DeadlineSubject;
import org.steward.deadline.Light;
import org.steward.deadline.Lights;

/**
 * Lights a task created while its subject is already yellow or red, so its {@code light} is the subject's from the
 * start. {@link DeadlineTasksPlugin} gives every task inside a subject's timed activity this rule without the model
 * declaring it; a task outside it (a milestone's 督促逾期里程碑) declares the {@code create} listener
 * {@code ${deadlineTaskListener}}, with the user task's input parameter {@code subject} naming the kind.
 */
@Component
@RequiredArgsConstructor
class DeadlineTaskListener implements TaskListener {

  private final Lights lights;

  @Override
  public void notify(DelegateTask task) {
    if (!(task.getExecution().getVariableLocal(SignalLightDelegate.SUBJECT) instanceof String kind)) {
      throw new IllegalStateException(task.getTaskDefinitionKey() + " needs the input parameter "
          + SignalLightDelegate.SUBJECT + " naming one of " + lights.kinds());
    }
    light(task, lights, kind);
  }

  /**
   * Writes the light of the subject {@code kind} of a new task where the Tasklist filters see it, as
   * {@link LightVariables} does when a timer changes it: on the task when the subject shares its instance, else on the
   * instance (where a green light replaces a stale one, as after an extension).
   */
  static void light(DelegateTask task, Lights lights, String kind) {
    DeadlineSubject subject = lights.subject(kind);
    Light light = subject.stateOf(subject.idOf(task.getExecution())).light();
    if (subject.sharesInstance()) {
      if (light != Light.GREEN) {
        task.setVariableLocal(Lights.VARIABLE, light.name());
      }
      return;
    }
    DelegateExecution instance = task.getExecution().getProcessInstance();
    Object current = instance.getVariable(Lights.VARIABLE);
    if (!light.name().equals(current) && (light != Light.GREEN || current != null)) {
      instance.setVariable(Lights.VARIABLE, light.name());
    }
  }
}
