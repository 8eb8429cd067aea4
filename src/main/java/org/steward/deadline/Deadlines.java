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

  /**
   * The deadline of a time limit of {@code workingDays} working days given on {@code from} (due on the
   * {@code workingDays}-th working day after it), yellow {@code warningWorkingDays} working days before its due date
   * ({@link #of}).
   */
  public Deadline inWorkingDays(LocalDate from, int workingDays, int warningWorkingDays) {
    return of(calendar.addWorkingDays(from, workingDays), warningWorkingDays);
  }
}
