package org.steward.handling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.steward.calendar.OfficialHolidaySchedules;
import org.steward.calendar.WorkingDayCalendar;
import org.steward.deadline.Deadlines;
import org.steward.shared.StewardClock;

/** When the lights change, for different {@code steward.handling.yellow-working-days}, over the 2026 schedule. */
class HandlingLightsTests {

  private static HandlingManagement withYellowWorkingDays(int days) {
    WorkingDayCalendar calendar = OfficialHolidaySchedules.calendar();
    return new HandlingManagement(null, null, null, calendar, new Deadlines(calendar), new HandlingProperties(days, 3));
  }

  @Test
  void byDefault_yellowStartsOnTheDueDate_andRedTheDayAfter() {
    HandlingProperties defaults = Binder.get(new org.springframework.mock.env.MockEnvironment())
        .bindOrCreate("steward.handling", HandlingProperties.class);
    HandlingManagement handling = withYellowWorkingDays(defaults.yellowWorkingDays());

    assertThat(defaults.yellowWorkingDays()).isEqualTo(1);
    assertThat(handling.warnAt(LocalDate.of(2026, 3, 5))).isEqualTo(shanghaiMidnight(2026, 3, 5));
    assertThat(handling.dueAt(LocalDate.of(2026, 3, 5))).isEqualTo(shanghaiMidnight(2026, 3, 6));
  }

  @Test
  void twoYellowWorkingDays_startYellowOnTheWorkingDayBefore_skippingNationalDay() {
    HandlingManagement handling = withYellowWorkingDays(2);

    // due Thursday 10/8 right after 国庆 (10/1-10/7 off): the working day before is Wednesday 9/30
    assertThat(handling.warnAt(LocalDate.of(2026, 10, 8))).isEqualTo(shanghaiMidnight(2026, 9, 30));
    // due Monday 3/9: the working day before is Friday 3/6
    assertThat(handling.warnAt(LocalDate.of(2026, 3, 9))).isEqualTo(shanghaiMidnight(2026, 3, 6));
  }

  @Test
  void yellowWorkingDays_isBoundFromTheProperty() {
    MapConfigurationPropertySource source = new MapConfigurationPropertySource(
        java.util.Map.of("steward.handling.yellow-working-days", "3"));

    HandlingProperties bound = new Binder(source).bind("steward.handling", HandlingProperties.class).get();

    assertThat(bound.yellowWorkingDays()).isEqualTo(3);
  }

  private static Instant shanghaiMidnight(int year, int month, int day) {
    return ZonedDateTime.of(year, month, day, 0, 0, 0, 0, StewardClock.ZONE).toInstant();
  }
}
