package org.steward.calendar.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.steward.calendar.HolidaySchedule;
import org.steward.calendar.ScheduledYear;
import org.steward.calendar.WorkingDayCalendar;
import org.steward.shared.InvalidInput;
import org.steward.shared.InvalidInput.FieldViolation;
import org.steward.shared.NotFound;

/** Working-day arithmetic for every authenticated caller, and the holiday schedules that administrators maintain. */
@RestController
@RequestMapping("/api/calendar")
@RequiredArgsConstructor
class CalendarController {

  private final WorkingDayCalendar calendar;

  /**
   * {@code ?from=&add=N} answers {@code {"date": …}}, the N-th working day after {@code from}; {@code ?from=&to=}
   * answers {@code {"workingDays": N}}, the working days in (from, to].
   */
  @GetMapping("/working-days")
  Object workingDays(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) Integer add,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    if (add != null && to != null) {
      throw new InvalidInput("to", "calendar.working-days.add-and-to");
    }
    if (add == null && to == null) {
      throw new InvalidInput("add", "calendar.working-days.add-or-to");
    }
    if (add != null) {
      if (add < 0) {
        throw new InvalidInput("add", "PositiveOrZero");
      }
      if (add > WorkingDayCalendar.MAX_WORKING_DAYS) {
        throw new InvalidInput("add", "calendar.working-days.too-many", WorkingDayCalendar.MAX_WORKING_DAYS);
      }
      return new DateAnswer(calendar.addWorkingDays(from, add));
    }
    if (Math.abs(to.toEpochDay() - from.toEpochDay()) > WorkingDayCalendar.MAX_SPAN_DAYS) {
      throw new InvalidInput("to", "calendar.span.too-long", WorkingDayCalendar.MAX_SPAN_DAYS);
    }
    return new CountAnswer(calendar.workingDaysBetween(from, to));
  }

  @GetMapping("/years")
  List<ScheduledYear> years() {
    return calendar.years();
  }

  @GetMapping("/years/{year}")
  YearAnswer year(@PathVariable int year) {
    return answer(year);
  }

  /** Adds or corrects a year's schedule; the body replaces every day of that year. */
  @PutMapping("/years/{year}")
  @PreAuthorize("hasRole('camunda-admin')")
  YearAnswer replace(@PathVariable int year, @RequestBody ScheduleBody body) {
    calendar.replaceSchedule(year, body.toSchedule());
    return answer(year);
  }

  private YearAnswer answer(int year) {
    HolidaySchedule schedule = calendar.schedule(year);
    ScheduledYear scheduled = calendar.years().stream().filter(y -> y.year() == year).findFirst()
        .orElseThrow(() -> new NotFound("calendar-year", year));
    return new YearAnswer(year, schedule.source(), scheduled.updatedAt(), scheduled.updatedBy(),
        schedule.days().stream().map(d -> new DayBody(d.date(), d.working(), d.name())).toList());
  }

  record DateAnswer(LocalDate date) {
  }

  record CountAnswer(int workingDays) {
  }

  record YearAnswer(int year, String source, OffsetDateTime updatedAt, String updatedBy, List<DayBody> days) {
  }

  record DayBody(LocalDate date, Boolean working, String name) {
  }

  record ScheduleBody(String source, List<DayBody> days) {

    /** Checks what the calendar's own rules cannot see (a missing {@code working} flag), then converts. */
    HolidaySchedule toSchedule() {
      if (days == null) {
        return new HolidaySchedule(source, null);
      }
      List<FieldViolation> violations = new ArrayList<>();
      List<HolidaySchedule.Day> converted = new ArrayList<>();
      for (int i = 0; i < days.size(); i++) {
        DayBody day = days.get(i);
        if (day == null) {
          converted.add(null);
        } else {
          if (day.working() == null) {
            violations.add(new FieldViolation("days[" + i + "].working", "NotNull"));
          }
          converted.add(new HolidaySchedule.Day(day.date(), Boolean.TRUE.equals(day.working()), day.name()));
        }
      }
      if (!violations.isEmpty()) {
        throw new InvalidInput(violations);
      }
      return new HolidaySchedule(source, converted);
    }
  }
}
