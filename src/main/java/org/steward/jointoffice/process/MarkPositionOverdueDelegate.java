package org.steward.jointoffice.process;

import static org.steward.jointoffice.process.JointMeetingProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.jointoffice.JointOffice;

/** 意见红灯: the department let its position's deadline pass; it and the office are told. */
@Component
class MarkPositionOverdueDelegate implements JavaDelegate {

  private final JointOffice office;

  MarkPositionOverdueDelegate(JointOffice office) {
    this.office = office;
  }

  @Override
  public void execute(DelegateExecution execution) {
    office.markPositionOverdue(((Number) execution.getVariable(MEETING_ID)).longValue(),
        (String) execution.getVariable(DEPARTMENT));
  }
}
