package org.steward.jointoffice.process;

import static org.steward.jointoffice.process.JointMeetingProcess.*;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.jointoffice.EscalationInstances;
import org.steward.jointoffice.MeetingPositions;

/** 汇总部门意见: every department's position as one text for the office's minutes. */
@Component
@RequiredArgsConstructor
class SummarisePositionsDelegate implements JavaDelegate {

  private final MeetingPositions positions;
  private final EscalationInstances escalations;

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(POSITIONS_SUMMARY,
        positions.positionsSummary(escalations.meetingOf(execution.getProcessInstanceId())));
  }
}
