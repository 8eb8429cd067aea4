package org.steward.jointoffice.process;

import static org.steward.jointoffice.process.WeeklyAgendaProcess.*;

import java.time.LocalDate;
import java.util.Date;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import org.steward.jointoffice.WeeklyMeeting;
import org.steward.shared.StewardClock;

/** 确定例会日期: today if it is a working day, else 09:00 of the next working day. */
@Component
@RequiredArgsConstructor
class PlanWeeklyMeetingDelegate implements JavaDelegate {

  private final WeeklyMeeting weekly;

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate today = StewardClock.today();
    LocalDate day = weekly.weeklyMeetingDay(today);
    execution.setVariable(MEETING_DAY, day.toString());
    execution.setVariable(MEETING_AT, Date.from(weekly.weeklyMeetingAt(day)));
    // transient: only the gateway right after reads it
    execution.setVariable(IS_WORKING_DAY, Variables.booleanValue(day.equals(today), true));
  }
}
