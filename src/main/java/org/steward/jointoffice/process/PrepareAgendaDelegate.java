package org.steward.jointoffice.process;

import static org.steward.jointoffice.process.WeeklyAgendaProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.jointoffice.JointOffice;

/** 准备例会议程: the open escalations and common issues, oldest first, as the agenda the office's task shows. */
@Component
class PrepareAgendaDelegate implements JavaDelegate {

  private final JointOffice office;

  PrepareAgendaDelegate(JointOffice office) {
    this.office = office;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String agenda = office.weeklyAgenda();
    execution.setVariable(AGENDA, agenda.length() <= JointOffice.MAX_VARIABLE ? agenda
        : agenda.substring(0, JointOffice.MAX_VARIABLE - 1) + "…");
  }
}
