package org.steward.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;
import org.steward.calendar.OfficialHolidaySchedules;
import org.steward.shared.StewardClock;

/** The one deadline rule, over the 2026 schedule. */
class DeadlinesTests {

  private final Deadlines deadlines = new Deadlines(OfficialHolidaySchedules.calendar());

  @Test
  void noWarningLead_yellowOnTheDueDate_redTheDayAfter() {
    Deadline deadline = deadlines.of(LocalDate.of(2026, 3, 5), 0);

    assertThat(deadline.warnAt()).isEqualTo(midnight(2026, 3, 5));
    assertThat(deadline.dueAt()).isEqualTo(midnight(2026, 3, 6));
    assertThat(deadline.lightAt(midnight(2026, 3, 5).minusSeconds(1))).isEqualTo(Light.GREEN);
    assertThat(deadline.lightAt(midnight(2026, 3, 5))).isEqualTo(Light.YELLOW);
    assertThat(deadline.lightAt(midnight(2026, 3, 6).minusSeconds(1))).isEqualTo(Light.YELLOW);
    assertThat(deadline.lightAt(midnight(2026, 3, 6))).isEqualTo(Light.RED);
  }

  @Test
  void aWarningLead_countsWorkingDays_overHolidaysAndWeekends() {
    // due Thursday 10/8 right after 国庆 (10/1-10/7 off): one working day before is Wednesday 9/30
    assertThat(deadlines.of(LocalDate.of(2026, 10, 8), 1).warnAt()).isEqualTo(midnight(2026, 9, 30));
    // due Monday 3/9: two working days before is Thursday 3/5
    assertThat(deadlines.of(LocalDate.of(2026, 3, 9), 2).warnAt()).isEqualTo(midnight(2026, 3, 5));
    // red never moves with the lead: the start of the day after the due date, a Sunday here
    assertThat(deadlines.of(LocalDate.of(2026, 3, 7), 3).dueAt()).isEqualTo(midnight(2026, 3, 8));
  }

  private static Instant midnight(int year, int month, int day) {
    return ZonedDateTime.of(year, month, day, 0, 0, 0, 0, StewardClock.ZONE).toInstant();
  }
}
