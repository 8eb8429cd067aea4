package org.steward.handling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.steward.calendar.OfficialHolidaySchedules;
import org.steward.calendar.WorkingDayCalendar;
import org.steward.shared.InvalidInput;
import org.steward.shared.Violations;

/** Which new due date an extension may ask for ({@link ExtensionDates}), over the 2026 schedule. */
class ExtensionDatesTests {

  private static final WorkingDayCalendar CALENDAR = OfficialHolidaySchedules.calendar();
  /** Thursday. */
  private static final LocalDate DUE = LocalDate.of(2026, 3, 5);

  @Test
  void aLaterWorkingDay_isAccepted() {
    assertThat(violations("2026-03-12")).isEmpty();
    assertThat(violations(" 2026-03-06 ")).isEmpty();
  }

  @Test
  void theDateMustBeGiven_andReadable() {
    assertThat(violations(null)).containsExactly("NotBlank");
    assertThat(violations(" ")).containsExactly("NotBlank");
    assertThat(violations("12.03.2026")).containsExactly("typeMismatch");
  }

  @Test
  void theDueDateItselfOrEarlier_isRefused() {
    assertThat(violations("2026-03-05")).containsExactly("handling.extension.not-later");
    assertThat(violations("2026-03-01")).containsExactly("handling.extension.not-later");
  }

  @Test
  void aWeekendOrHoliday_isRefused() {
    assertThat(violations("2026-03-07")).containsExactly("handling.extension.not-working-day");
    assertThat(violations("2026-05-01")).containsExactly("handling.extension.not-working-day");
  }

  @Test
  void moreThanSixtyWorkingDaysLater_isRefused() {
    LocalDate last = CALENDAR.addWorkingDays(DUE, HandlingManagement.MAX_TIME_LIMIT);

    assertThat(violations(last.toString())).isEmpty();
    assertThat(violations(CALENDAR.addWorkingDays(last, 1).toString()))
        .containsExactly("handling.extension.too-far");
  }

  private static List<String> violations(String requested) {
    Violations violations = new Violations();
    ExtensionDates.check(violations, CALENDAR, DUE, requested);
    InvalidInput refused = catchThrowableOfType(InvalidInput.class, violations::throwIfAny);
    return refused == null ? List.of()
        : refused.violations().stream().map(InvalidInput.FieldViolation::code).toList();
  }
}
