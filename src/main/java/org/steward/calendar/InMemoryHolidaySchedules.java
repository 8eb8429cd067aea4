package org.steward.calendar;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Holiday schedules held in memory, for tests that run the engine without Spring or a database. */
class InMemoryHolidaySchedules implements HolidaySchedules {

  private final Map<Integer, HolidaySchedule> schedules = new ConcurrentHashMap<>();
  private final Map<Integer, ScheduledYear> years = new ConcurrentHashMap<>();

  InMemoryHolidaySchedules(Map<Integer, HolidaySchedule> initial) {
    initial.forEach((year, schedule) -> replace(year, schedule, "memory"));
  }

  @Override
  public Optional<HolidaySchedule> find(int year) {
    return Optional.ofNullable(schedules.get(year));
  }

  @Override
  public List<ScheduledYear> years() {
    return years.values().stream().sorted(Comparator.comparingInt(ScheduledYear::year)).toList();
  }

  @Override
  public void replace(int year, HolidaySchedule schedule, String updatedBy) {
    schedules.put(year, schedule);
    years.put(year, new ScheduledYear(year, schedule.source(),
        OffsetDateTime.now(WorkingDayCalendar.ZONE), updatedBy));
  }
}
