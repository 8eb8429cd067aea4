package org.steward.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The official 2025 and 2026 schedules as test data, written from the State Council notices independently of the
 * Flyway seed ({@code CalendarIT} checks that the two agree). Also the calendar of engine-only tests
 * ({@code camunda-unit.cfg.xml}).
 */
public final class OfficialHolidaySchedules {

  public static final String SOURCE_2025 = "国务院办公厅关于2025年部分节假日安排的通知 (2024-11-12)";
  public static final String SOURCE_2026 = "国务院办公厅关于2026年部分节假日安排的通知 (2025-11-04)";

  private OfficialHolidaySchedules() {
  }

  /** A calendar over the 2025 and 2026 schedules, without database. */
  public static WorkingDayCalendar calendar() {
    return WorkingDayCalendar.inMemory(Map.of(2025, schedule2025(), 2026, schedule2026()));
  }

  public static HolidaySchedule schedule2026() {
    List<HolidaySchedule.Day> days = new ArrayList<>();
    off(days, "元旦", "2026-01-01", "2026-01-03");
    on(days, "元旦调休上班", "2026-01-04");
    on(days, "春节调休上班", "2026-02-14");
    off(days, "春节", "2026-02-15", "2026-02-23");
    on(days, "春节调休上班", "2026-02-28");
    off(days, "清明节", "2026-04-04", "2026-04-06");
    off(days, "劳动节", "2026-05-01", "2026-05-05");
    on(days, "劳动节调休上班", "2026-05-09");
    off(days, "端午节", "2026-06-19", "2026-06-21");
    on(days, "国庆节调休上班", "2026-09-20");
    off(days, "中秋节", "2026-09-25", "2026-09-27");
    off(days, "国庆节", "2026-10-01", "2026-10-07");
    on(days, "国庆节调休上班", "2026-10-10");
    return new HolidaySchedule(SOURCE_2026, days);
  }

  public static HolidaySchedule schedule2025() {
    List<HolidaySchedule.Day> days = new ArrayList<>();
    off(days, "元旦", "2025-01-01", "2025-01-01");
    on(days, "春节调休上班", "2025-01-26");
    off(days, "春节", "2025-01-28", "2025-02-04");
    on(days, "春节调休上班", "2025-02-08");
    off(days, "清明节", "2025-04-04", "2025-04-06");
    on(days, "劳动节调休上班", "2025-04-27");
    off(days, "劳动节", "2025-05-01", "2025-05-05");
    off(days, "端午节", "2025-05-31", "2025-06-02");
    on(days, "国庆节、中秋节调休上班", "2025-09-28");
    off(days, "国庆节、中秋节", "2025-10-01", "2025-10-08");
    on(days, "国庆节、中秋节调休上班", "2025-10-11");
    return new HolidaySchedule(SOURCE_2025, days);
  }

  private static void off(List<HolidaySchedule.Day> days, String name, String first, String last) {
    for (LocalDate day = LocalDate.parse(first); !day.isAfter(LocalDate.parse(last)); day = day.plusDays(1)) {
      days.add(new HolidaySchedule.Day(day, false, name));
    }
  }

  private static void on(List<HolidaySchedule.Day> days, String name, String date) {
    days.add(new HolidaySchedule.Day(LocalDate.parse(date), true, name));
  }
}
