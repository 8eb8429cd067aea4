package org.steward.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZonedDateTime;
import java.util.Date;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.steward.calendar.OfficialHolidaySchedules;
import org.steward.calendar.WorkingDayCalendar;

/** The P&lt;n&gt;WD syntax, and that everything else still reaches the engine's standard calendars. */
class WorkingDayBusinessCalendarTests {

  private static final WorkingDayCalendar CALENDAR = OfficialHolidaySchedules.calendar();
  private static final Date BEFORE_NATIONAL_DAY = shanghai(2026, 9, 30, 10, 0);

  private final WorkingDayBusinessCalendar durations =
      new WorkingDayBusinessCalendar(CALENDAR, new DurationBusinessCalendar());
  private final WorkingDayBusinessCalendar dueDates =
      new WorkingDayBusinessCalendar(CALENDAR, new DueDateBusinessCalendar());

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void workingDayDuration_fromAStartDate_keepsTheClockTime() {
    assertThat(durations.resolveDuedate("P3WD", BEFORE_NATIONAL_DAY)).isEqualTo(shanghai(2026, 10, 10, 10, 0));
    assertThat(durations.resolveDuedate(" P1WD ", BEFORE_NATIONAL_DAY)).isEqualTo(shanghai(2026, 10, 8, 10, 0));
    assertThat(durations.resolveDuedate("P0WD", BEFORE_NATIONAL_DAY)).isEqualTo(BEFORE_NATIONAL_DAY);
  }

  @Test
  void workingDayDuration_withoutStart_countsFromTheEngineClock() {
    ClockUtil.setCurrentTime(shanghai(2026, 2, 13, 17, 30));

    assertThat(durations.resolveDuedate("P2WD")).isEqualTo(shanghai(2026, 2, 24, 17, 30));
  }

  @Test
  void taskDueDate_countsFromTheEngineClock() {
    ClockUtil.setCurrentTime(shanghai(2026, 4, 30, 9, 0));

    assertThat(dueDates.resolveDuedate("P4WD", new TaskEntity())).isEqualTo(shanghai(2026, 5, 9, 9, 0));
  }

  @Test
  void isoDuration_isLeftToTheEngine() {
    assertThat(durations.resolveDuedate("PT4H", BEFORE_NATIONAL_DAY)).isEqualTo(shanghai(2026, 9, 30, 14, 0));
    assertThat(dueDates.resolveDuedate("P1D", BEFORE_NATIONAL_DAY)).isEqualTo(shanghai(2026, 10, 1, 10, 0));
  }

  @Test
  void isoDate_isLeftToTheEngine() {
    assertThat(dueDates.resolveDuedate("2026-10-09T10:00:00+08:00")).isEqualTo(shanghai(2026, 10, 9, 10, 0));
  }

  @ParameterizedTest
  @ValueSource(strings = {"P-1WD", "PWD", "P1.5WD", "P12345WD", "P1WDT4H"})
  void malformedWorkingDayDuration_isRejectedByTheEngine(String expression) {
    assertThatThrownBy(() -> durations.resolveDuedate(expression, BEFORE_NATIONAL_DAY))
        .isInstanceOf(ProcessEngineException.class);
  }

  private static Date shanghai(int year, int month, int day, int hour, int minute) {
    return Date.from(ZonedDateTime.of(year, month, day, hour, minute, 0, 0, WorkingDayCalendar.ZONE).toInstant());
  }
}
