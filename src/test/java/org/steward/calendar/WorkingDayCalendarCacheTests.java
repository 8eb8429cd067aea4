package org.steward.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.steward.shared.MovableClock;

/** A year corrected on another node reaches this node's cache after the refresh interval, not before. */
class WorkingDayCalendarCacheTests {

  private static final LocalDate NEW_YEARS_DAY_2027 = LocalDate.of(2027, 1, 1);

  private final MovableClock clock = new MovableClock(Instant.parse("2026-11-20T02:00:00Z"));
  private final InMemoryHolidaySchedules store = new InMemoryHolidaySchedules(Map.of());
  private final WorkingDayCalendar calendar = new WorkingDayCalendar(store, Duration.ofMinutes(10), clock);

  @Test
  void correctionMadeElsewhere_isSeenOnlyAfterTheRefreshInterval() {
    assertThat(calendar.isWorkingDay(NEW_YEARS_DAY_2027)).as("Friday, no schedule").isTrue();

    // another node writes 2027 into the shared store
    store.replace(2027, new HolidaySchedule("测试安排",
        List.of(new HolidaySchedule.Day(NEW_YEARS_DAY_2027, false, "元旦"))), "admin");

    clock.advance(Duration.ofMinutes(9));
    assertThat(calendar.isWorkingDay(NEW_YEARS_DAY_2027)).as("cached").isTrue();
    clock.advance(Duration.ofMinutes(2));
    assertThat(calendar.isWorkingDay(NEW_YEARS_DAY_2027)).as("refreshed").isFalse();
  }
}
