package org.steward.calendar;

import java.util.List;
import java.util.Optional;

/** Where the holiday schedules are kept: the database in the application, a map in engine-only tests. */
interface HolidaySchedules {

  Optional<HolidaySchedule> find(int year);

  List<ScheduledYear> years();

  /** Replaces the year's schedule (or adds it) as one unit. */
  void replace(int year, HolidaySchedule schedule, String updatedBy);
}
