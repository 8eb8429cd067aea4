package org.steward.workflow;

import java.time.ZonedDateTime;
import java.util.Date;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.steward.calendar.WorkingDayCalendar;

/**
 * A Camunda business calendar that understands working-day durations, {@code P<n>WD} (e.g. {@code P3WD}: the same
 * clock time on the 3rd working day after the start, Asia/Shanghai), and hands every other expression to the engine's
 * standard calendar it wraps, so ISO-8601 durations and dates keep working. See docs/adr/0003.
 */
@RequiredArgsConstructor
public class WorkingDayBusinessCalendar implements BusinessCalendar {

  /** Up to four digits: {@link WorkingDayCalendar#MAX_WORKING_DAYS} bounds it anyway, and a typo stays an error. */
  private static final Pattern WORKING_DAYS = Pattern.compile("P(\\d{1,4})WD");

  private final WorkingDayCalendar calendar;
  private final BusinessCalendar standard;

  /** The N of a working-day duration {@code P<N>WD}, or empty if the expression is anything else. */
  public static OptionalInt workingDays(String expression) {
    if (expression == null) {
      return OptionalInt.empty();
    }
    Matcher matcher = WORKING_DAYS.matcher(expression.trim());
    return matcher.matches() ? OptionalInt.of(Integer.parseInt(matcher.group(1))) : OptionalInt.empty();
  }

  @Override
  public Date resolveDuedate(String duedate) {
    return resolveDuedate(duedate, (Date) null);
  }

  @Override
  public Date resolveDuedate(String duedate, Date startDate) {
    OptionalInt workingDays = workingDays(duedate);
    if (workingDays.isEmpty()) {
      return standard.resolveDuedate(duedate, startDate);
    }
    return after(startDate != null ? startDate : ClockUtil.getCurrentTime(), workingDays.getAsInt());
  }

  @Override
  public Date resolveDuedate(String duedate, Task task) {
    OptionalInt workingDays = workingDays(duedate);
    if (workingDays.isEmpty()) {
      return standard.resolveDuedate(duedate, task);
    }
    // the task is being created: count from now, as the engine's own calendars do for task due dates
    return after(ClockUtil.getCurrentTime(), workingDays.getAsInt());
  }

  private Date after(Date start, int workingDays) {
    ZonedDateTime from = start.toInstant().atZone(WorkingDayCalendar.ZONE);
    return Date.from(calendar.addWorkingDays(from, workingDays).toInstant());
  }
}
