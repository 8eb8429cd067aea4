package org.steward.jointoffice.process;

import static org.steward.jointoffice.process.JointMeetingProcess.*;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.workflow.Actors;
import org.steward.jointoffice.Escalation;
import org.steward.jointoffice.EscalationInstances;
import org.steward.jointoffice.JointMeetings;

/** 会议办结: the decision and every handover item's result become the resolution handed back. */
@Component
@RequiredArgsConstructor
class ConcludeMeetingDelegate implements JavaDelegate {

  private final JointMeetings meetings;
  private final EscalationInstances escalations;

  @Override
  public void execute(DelegateExecution execution) {
    String resolution = meetings.concludeMeeting(escalations.meetingOf(execution.getProcessInstanceId()),
        Actors.current(execution.getProcessEngineServices()));
    execution.setVariable(JOINT_OUTCOME, Escalation.RESOLVED);
    execution.setVariable(RESOLUTION, resolution);
    execution.setVariable(LEAD_DEPARTMENT, null);
    execution.setVariable(COOPERATING_DEPARTMENTS, null);
    execution.setVariable(TIME_LIMIT, null);
  }
}
