package org.steward.calendar;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Holiday schedules in Steward's tables {@code calendar_year} and {@code calendar_day} (Flyway V2). */
@RequiredArgsConstructor
class JdbcHolidaySchedules implements HolidaySchedules {

  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;

  @Override
  public Optional<HolidaySchedule> find(int year) {
    Optional<String> source = jdbc.sql("select source from calendar_year where schedule_year = :year")
        .param("year", year)
        .query(String.class)
        .optional();
    return source.map(s -> new HolidaySchedule(s, jdbc.sql("""
            select calendar_date, working, name from calendar_day
            where schedule_year = :year order by calendar_date""")
        .param("year", year)
        .query((rs, row) -> new HolidaySchedule.Day(rs.getObject("calendar_date", java.time.LocalDate.class),
            rs.getBoolean("working"), rs.getString("name")))
        .list()));
  }

  @Override
  public List<ScheduledYear> years() {
    return jdbc.sql("select schedule_year, source, updated_at, updated_by from calendar_year order by schedule_year")
        .query((rs, row) -> new ScheduledYear(rs.getInt("schedule_year"), rs.getString("source"),
            rs.getObject("updated_at", OffsetDateTime.class).atZoneSameInstant(WorkingDayCalendar.ZONE)
                .toOffsetDateTime(),
            rs.getString("updated_by")))
        .list();
  }

  @Override
  public void replace(int year, HolidaySchedule schedule, String updatedBy) {
    transaction.executeWithoutResult(status -> {
      OffsetDateTime now = OffsetDateTime.now(WorkingDayCalendar.ZONE);
      jdbc.sql("delete from calendar_day where schedule_year = :year").param("year", year).update();
      int updated = jdbc.sql("""
              update calendar_year set source = :source, updated_at = :now, updated_by = :by
              where schedule_year = :year""")
          .param("source", schedule.source()).param("now", now).param("by", updatedBy).param("year", year)
          .update();
      if (updated == 0) {
        jdbc.sql("""
                insert into calendar_year (schedule_year, source, updated_at, updated_by)
                values (:year, :source, :now, :by)""")
            .param("year", year).param("source", schedule.source()).param("now", now).param("by", updatedBy)
            .update();
      }
      for (HolidaySchedule.Day day : schedule.days()) {
        jdbc.sql("""
                insert into calendar_day (calendar_date, schedule_year, working, name)
                values (:date, :year, :working, :name)""")
            .param("date", day.date()).param("year", year).param("working", day.working()).param("name", day.name())
            .update();
      }
    });
  }
}
