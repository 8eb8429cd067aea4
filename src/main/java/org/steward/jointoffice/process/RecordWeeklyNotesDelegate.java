package org.steward.jointoffice.process;

import static org.steward.jointoffice.process.WeeklyAgendaProcess.*;

import java.time.LocalDate;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.jointoffice.WeeklyMeeting;
import org.steward.workflow.ProcessValues;

/** 记录例会情况: keeps the agenda as shown and the office's notes. */
@Component
@RequiredArgsConstructor
class RecordWeeklyNotesDelegate implements JavaDelegate {

  private final WeeklyMeeting weekly;

  @Override
  public void execute(DelegateExecution execution) {
    weekly.recordWeeklyMeeting(LocalDate.parse(ProcessValues.text(execution, MEETING_DAY)),
        ProcessValues.text(execution, AGENDA), ProcessValues.text(execution, NOTES),
        ProcessValues.completer(execution));
  }
}
