package org.steward.jointoffice.process;

import static org.steward.jointoffice.process.JointMeetingProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.jointoffice.EscalationInstances;
import org.steward.jointoffice.JointOffice;

/** 意见红灯: the department let its position's deadline pass; it and the office are told. */
@Component
class MarkPositionOverdueDelegate implements JavaDelegate {

  private final JointOffice office;
  private final EscalationInstances escalations;

  MarkPositionOverdueDelegate(JointOffice office, EscalationInstances escalations) {
    this.office = office;
    this.escalations = escalations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    office.markPositionOverdue(escalations.meetingOf(execution.getProcessInstanceId()),
        (String) execution.getVariable(DEPARTMENT));
  }
}
