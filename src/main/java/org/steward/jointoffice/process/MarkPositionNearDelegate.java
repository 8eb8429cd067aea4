package org.steward.jointoffice.process;

import static org.steward.jointoffice.process.JointMeetingProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.jointoffice.EscalationInstances;
import org.steward.jointoffice.JointOffice;

/** 意见黄灯预警: the department's position is due soon. */
@Component
class MarkPositionNearDelegate implements JavaDelegate {

  private final JointOffice office;
  private final EscalationInstances escalations;

  MarkPositionNearDelegate(JointOffice office, EscalationInstances escalations) {
    this.office = office;
    this.escalations = escalations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    office.markPositionNear(escalations.meetingOf(execution.getProcessInstanceId()),
        (String) execution.getVariable(DEPARTMENT));
  }
}
