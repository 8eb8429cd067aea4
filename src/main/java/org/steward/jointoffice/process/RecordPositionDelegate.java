package org.steward.jointoffice.process;

import static org.steward.jointoffice.process.JointMeetingProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.jointoffice.JointOffice;

/** 记录部门意见: keeps the department's position for the minutes. */
@Component
class RecordPositionDelegate implements JavaDelegate {

  private final JointOffice office;

  RecordPositionDelegate(JointOffice office) {
    this.office = office;
  }

  @Override
  public void execute(DelegateExecution execution) {
    office.givePosition(((Number) execution.getVariable(MEETING_ID)).longValue(),
        (String) execution.getVariable(DEPARTMENT), (String) execution.getVariable(POSITION),
        Actors.current(execution.getProcessEngineServices()));
  }
}
