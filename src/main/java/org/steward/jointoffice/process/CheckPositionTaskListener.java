package org.steward.jointoffice.process;

import static org.steward.jointoffice.process.JointMeetingProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.steward.jointoffice.MeetingPositions;
import org.steward.workflow.TaskRefusals;

/** Refuses to complete 提出部门意见 without a position. */
@Component
class CheckPositionTaskListener implements TaskListener {

  private final MeetingPositions positions;
  private final TaskRefusals texts;

  CheckPositionTaskListener(MeetingPositions positions, TaskRefusals texts) {
    this.positions = positions;
    this.texts = texts;
  }

  @Override
  public void notify(DelegateTask task) {
    texts.check("jointoffice.field", () -> positions.checkPosition((String) task.getVariable(POSITION)));
  }
}
