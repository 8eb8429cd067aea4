package org.steward.deadline;

import java.time.LocalDate;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.steward.calendar.WorkingDayCalendar;
import org.steward.shared.StewardClock;

/** Makes deadlines by the one rule: the warning a number of working days before the due date, red the day after. */
@Service
@RequiredArgsConstructor
public class Deadlines {

  private final WorkingDayCalendar calendar;

  /**
   * The deadline of {@code dueDate} whose light turns yellow at the start of the working day {@code warningWorkingDays}
   * before it (0: the due date itself) and red at the start of the day after it.
   */
  public Deadline of(LocalDate dueDate, int warningWorkingDays) {
    return new Deadline(dueDate,
        calendar.subtractWorkingDays(dueDate, warningWorkingDays).atStartOfDay(StewardClock.ZONE).toInstant(),
        dueDate.plusDays(1).atStartOfDay(StewardClock.ZONE).toInstant());
  }
}
