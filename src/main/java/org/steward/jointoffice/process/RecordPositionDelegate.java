package org.steward.jointoffice.process;

import static org.steward.jointoffice.process.JointMeetingProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.jointoffice.EscalationInstances;
import org.steward.jointoffice.MeetingPositions;
import org.steward.workflow.Actors;

/** 记录部门意见: keeps the department's position for the minutes. */
@Component
class RecordPositionDelegate implements JavaDelegate {

  private final MeetingPositions positions;
  private final EscalationInstances escalations;

  RecordPositionDelegate(MeetingPositions positions, EscalationInstances escalations) {
    this.positions = positions;
    this.escalations = escalations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    positions.givePosition(escalations.meetingOf(execution.getProcessInstanceId()),
        (String) execution.getVariable(DEPARTMENT), (String) execution.getVariable(POSITION),
        Actors.current(execution.getProcessEngineServices()));
  }
}
