package org.steward.jointoffice.process;

import static org.steward.jointoffice.process.JointMeetingProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.steward.jointoffice.JointOffice;
import org.steward.workflow.TaskRefusals;

/** Refuses to complete 提出部门意见 without a position. */
@Component
class CheckPositionTaskListener implements TaskListener {

  private final JointOffice office;
  private final TaskRefusals texts;

  CheckPositionTaskListener(JointOffice office, TaskRefusals texts) {
    this.office = office;
    this.texts = texts;
  }

  @Override
  public void notify(DelegateTask task) {
    texts.check("jointoffice.field", () -> office.checkPosition((String) task.getVariable(POSITION)));
  }
}
