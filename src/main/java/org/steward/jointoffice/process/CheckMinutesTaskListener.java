package org.steward.jointoffice.process;

import static org.steward.jointoffice.process.JointMeetingProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.steward.jointoffice.EscalationInstances;
import org.steward.jointoffice.JointMeetings;
import org.steward.workflow.TaskRefusals;

/** Refuses to complete 记录会议纪要 with missing minutes or decision, or a handover item that cannot be dispatched. */
@Component
class CheckMinutesTaskListener implements TaskListener {

  private final JointMeetings meetings;
  private final EscalationInstances escalations;
  private final TaskRefusals texts;

  CheckMinutesTaskListener(JointMeetings meetings, EscalationInstances escalations, TaskRefusals texts) {
    this.meetings = meetings;
    this.escalations = escalations;
    this.texts = texts;
  }

  @Override
  public void notify(DelegateTask task) {
    texts.check("jointoffice.field", () -> {
      meetings.checkMinutes(escalations.meetingOf(task.getProcessInstanceId()), (String) task.getVariable(MINUTES),
          (String) task.getVariable(DECISION), MinutesForm.items(task));
    });
  }
}
