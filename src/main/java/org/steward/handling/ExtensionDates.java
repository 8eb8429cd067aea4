package org.steward.handling;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.steward.calendar.WorkingDayCalendar;
import org.steward.shared.Violations;

/**
 * Which new due date an extension request (延期申请) may ask for: a date (yyyy-MM-dd) after the current due date, a
 * working day, at most {@link HandlingManagement#MAX_TIME_LIMIT} working days after the current due date.
 */
final class ExtensionDates {

  private ExtensionDates() {
  }

  /** Adds to {@code violations} what is wrong with {@code requested} (field {@code requestedDueDate}). */
  static void check(Violations violations, WorkingDayCalendar calendar, LocalDate dueDate, String requested) {
    if (requested == null || requested.isBlank()) {
      violations.add("requestedDueDate", "NotBlank");
      return;
    }
    LocalDate date;
    try {
      date = LocalDate.parse(requested.strip());
    } catch (DateTimeParseException e) {
      violations.add("requestedDueDate", "typeMismatch");
      return;
    }
    if (!date.isAfter(dueDate)) {
      violations.add("requestedDueDate", "handling.extension.not-later", dueDate.toString());
    } else if (calendar.workingDaysBetween(dueDate, date) > HandlingManagement.MAX_TIME_LIMIT) {
      violations.add("requestedDueDate", "handling.extension.too-far", HandlingManagement.MAX_TIME_LIMIT);
    } else if (!calendar.isWorkingDay(date)) {
      violations.add("requestedDueDate", "handling.extension.not-working-day");
    }
  }
}
