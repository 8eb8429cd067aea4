package org.steward.jointoffice.process;

import static org.steward.jointoffice.process.JointMeetingProcess.*;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.jointoffice.EscalationInstances;
import org.steward.jointoffice.MeetingPositions;
import org.steward.workflow.ProcessValues;

/** 记录部门意见: keeps the department's position for the minutes. */
@Component
@RequiredArgsConstructor
class RecordPositionDelegate implements JavaDelegate {

  private final MeetingPositions positions;
  private final EscalationInstances escalations;

  @Override
  public void execute(DelegateExecution execution) {
    positions.givePosition(escalations.meetingOf(execution.getProcessInstanceId()),
        ProcessValues.text(execution, DEPARTMENT), ProcessValues.text(execution, POSITION),
        ProcessValues.completer(execution));
  }
}
