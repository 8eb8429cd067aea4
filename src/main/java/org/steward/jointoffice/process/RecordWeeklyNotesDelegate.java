package org.steward.jointoffice.process;

import static org.steward.jointoffice.process.WeeklyAgendaProcess.*;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.jointoffice.JointOffice;
import org.steward.workflow.Actors;

/** 记录例会情况: keeps the agenda as shown and the office's notes. */
@Component
class RecordWeeklyNotesDelegate implements JavaDelegate {

  private final JointOffice office;

  RecordWeeklyNotesDelegate(JointOffice office) {
    this.office = office;
  }

  @Override
  public void execute(DelegateExecution execution) {
    office.recordWeeklyMeeting(LocalDate.parse((String) execution.getVariable(MEETING_DAY)),
        (String) execution.getVariable(AGENDA), (String) execution.getVariable(NOTES),
        Actors.current(execution.getProcessEngineServices()));
  }
}
