package org.steward.jointoffice.process;

import static org.steward.jointoffice.process.WeeklyAgendaProcess.*;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.jointoffice.WeeklyMeeting;
import org.steward.workflow.Actors;

/** 记录例会情况: keeps the agenda as shown and the office's notes. */
@Component
class RecordWeeklyNotesDelegate implements JavaDelegate {

  private final WeeklyMeeting weekly;

  RecordWeeklyNotesDelegate(WeeklyMeeting weekly) {
    this.weekly = weekly;
  }

  @Override
  public void execute(DelegateExecution execution) {
    weekly.recordWeeklyMeeting(LocalDate.parse((String) execution.getVariable(MEETING_DAY)),
        (String) execution.getVariable(AGENDA), (String) execution.getVariable(NOTES),
        Actors.current(execution.getProcessEngineServices()));
  }
}
