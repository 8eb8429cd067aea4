package org.steward.jointoffice.process;

import static org.steward.jointoffice.process.JointMeetingProcess.*;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.steward.jointoffice.EscalationInstances;
import org.steward.jointoffice.JointMeetings;
import org.steward.workflow.ProcessValues;
import org.steward.workflow.TaskRefusals;

/** Refuses to complete 记录会议纪要 with missing minutes or decision, or a handover item that cannot be dispatched. */
@Component
@RequiredArgsConstructor
class CheckMinutesTaskListener implements TaskListener {

  private final JointMeetings meetings;
  private final EscalationInstances escalations;
  private final TaskRefusals texts;

  @Override
  public void notify(DelegateTask task) {
    texts.check("jointoffice.field", () -> {
      meetings.checkMinutes(escalations.meetingOf(task.getProcessInstanceId()), ProcessValues.text(task, MINUTES),
          ProcessValues.text(task, DECISION), MinutesForm.items(task));
    });
  }
}
