package org.steward.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;
import org.steward.calendar.OfficialHolidaySchedules;
import org.steward.calendar.WorkingDayCalendar;
import org.steward.shared.StewardClock;

/** When monthly filings open and fall due, over the 2026 holiday schedule. */
class FilingScheduleTests {

  private final WorkingDayCalendar calendar = OfficialHolidaySchedules.calendar();

  @Test
  void theFirstFiling_isForTheMonthAfterRegistration_andOpensOnIts1stAtMidnightInShanghai() {
    // registered at midnight on April 1st in Shanghai, still March 31st in UTC: the month is April's
    FilingPeriod first = FilingSchedule.next(null, shanghai(2026, 4, 1, 0).toInstant());

    assertThat(first.period()).isEqualTo("2026-05");
    assertThat(first.opensAt()).isEqualTo(shanghai(2026, 5, 1, 0).toInstant());
  }

  @Test
  void theNextFiling_isForTheMonthAfterTheLastOneOpened_acrossTheYear() {
    FilingPeriod next = FilingSchedule.next(YearMonth.of(2026, 12), shanghai(2026, 3, 2, 10).toInstant());

    assertThat(next.period()).isEqualTo("2027-01");
    assertThat(next.opensAt()).isEqualTo(shanghai(2027, 1, 1, 0).toInstant());
  }

  @Test
  void aFiling_isDueOnTheMonthsNthWorkingDay_skippingHolidays_countingSwappedWorkingDays() {
    assertThat(FilingSchedule.dueDate(YearMonth.of(2026, 3), 5, calendar)).isEqualTo(LocalDate.of(2026, 3, 6));
    // 清明 4/4-4/6 off
    assertThat(FilingSchedule.dueDate(YearMonth.of(2026, 4), 5, calendar)).isEqualTo(LocalDate.of(2026, 4, 8));
    // 劳动节 5/1-5/5 off, Saturday 5/9 worked
    assertThat(FilingSchedule.dueDate(YearMonth.of(2026, 5), 5, calendar)).isEqualTo(LocalDate.of(2026, 5, 11));
    // 国庆 10/1-10/7 off, Saturday 10/10 worked
    assertThat(FilingSchedule.dueDate(YearMonth.of(2026, 10), 5, calendar)).isEqualTo(LocalDate.of(2026, 10, 13));
    assertThat(FilingSchedule.dueDate(YearMonth.of(2026, 3), 1, calendar)).isEqualTo(LocalDate.of(2026, 3, 2));
  }

  private static ZonedDateTime shanghai(int year, int month, int day, int hour) {
    return ZonedDateTime.of(year, month, day, hour, 0, 0, 0, StewardClock.ZONE);
  }
}
