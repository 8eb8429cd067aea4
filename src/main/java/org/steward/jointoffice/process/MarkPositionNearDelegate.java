package org.steward.jointoffice.process;

import static org.steward.jointoffice.process.JointMeetingProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.jointoffice.JointOffice;

/** 意见黄灯预警: the department's position is due soon. */
@Component
class MarkPositionNearDelegate implements JavaDelegate {

  private final JointOffice office;

  MarkPositionNearDelegate(JointOffice office) {
    this.office = office;
  }

  @Override
  public void execute(DelegateExecution execution) {
    office.markPositionNear(((Number) execution.getVariable(MEETING_ID)).longValue(),
        (String) execution.getVariable(DEPARTMENT));
  }
}
