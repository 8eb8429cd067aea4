package org.steward.project;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import org.steward.calendar.WorkingDayCalendar;
import org.steward.shared.StewardClock;

/**
 * When monthly filings fall, without a database: each month after the last one opened (the first after the month of
 * registration) opens on its 1st at 00:00 Asia/Shanghai and is due on its {@code filingWorkingDay}-th working day.
 */
final class FilingSchedule {

  private FilingSchedule() {
  }

  /** The next month to file for: after {@code lastOpened}, or after the month of registration when none opened. */
  static FilingPeriod next(YearMonth lastOpened, Instant registeredAt) {
    YearMonth last = lastOpened != null ? lastOpened : YearMonth.from(registeredAt.atZone(StewardClock.ZONE));
    YearMonth next = last.plusMonths(1);
    return new FilingPeriod(next.toString(), next.atDay(1).atStartOfDay(StewardClock.ZONE).toInstant());
  }

  /** The month's {@code filingWorkingDay}-th working day. */
  static LocalDate dueDate(YearMonth month, int filingWorkingDay, WorkingDayCalendar calendar) {
    return calendar.addWorkingDays(month.atDay(1).minusDays(1), filingWorkingDay);
  }
}
