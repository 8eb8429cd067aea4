package org.steward.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The official holiday schedule of one year, as the exceptions to Monday–Friday: off-days (a whole holiday range may be
 * listed, weekends included) and swapped weekend working days (调休上班).
 *
 * @param source where the schedule comes from, e.g. the State Council notice and its date
 * @param days the exceptions, in any order
 */
public record HolidaySchedule(String source, List<Day> days) {

  public HolidaySchedule {
    // not List.copyOf: a null entry must reach validation and be reported as days[i]
    days = days == null ? null : Collections.unmodifiableList(new ArrayList<>(days));
  }

  /**
   * One exception to Monday–Friday.
   *
   * @param date the day
   * @param working {@code true} for a swapped working day, {@code false} for an off-day
   * @param name what it is, e.g. {@code 春节} or {@code 春节调休上班}
   */
  public record Day(LocalDate date, boolean working, String name) {
  }
}
