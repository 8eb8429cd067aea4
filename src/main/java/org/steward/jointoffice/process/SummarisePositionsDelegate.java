package org.steward.jointoffice.process;

import static org.steward.jointoffice.process.JointMeetingProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.jointoffice.EscalationInstances;
import org.steward.jointoffice.JointOffice;

/** 汇总部门意见: every department's position as one text for the office's minutes. */
@Component
class SummarisePositionsDelegate implements JavaDelegate {

  private final JointOffice office;
  private final EscalationInstances escalations;

  SummarisePositionsDelegate(JointOffice office, EscalationInstances escalations) {
    this.office = office;
    this.escalations = escalations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(POSITIONS_SUMMARY,
        office.positionsSummary(escalations.meetingOf(execution.getProcessInstanceId())));
  }
}
