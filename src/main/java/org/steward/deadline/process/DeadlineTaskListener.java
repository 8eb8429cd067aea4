package org.steward.deadline.process;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.steward.deadline.DeadlineSubject;
import org.steward.deadline.Light;
import org.steward.deadline.Lights;

/**
 * Lights a task created while its subject is already yellow or red (a milestone's 确认里程碑 again after a rejected
 * re-plan, its 审批改期申请 or 督促逾期里程碑), so its {@code light} is the subject's from the start: {@code create}
 * listener {@code ${deadlineTaskListener}}, with the user task's input parameter {@code subject} naming the kind.
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
    DeadlineSubject subject = lights.subject(kind);
    Light light = subject.stateOf(subject.idOf(task.getExecution())).light();
    if (light != Light.GREEN) {
      task.setVariableLocal(Lights.VARIABLE, light.name());
    }
  }
}
