package org.steward.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.steward.shared.InvalidInput;
import org.steward.shared.InvalidInput.FieldViolation;
import org.steward.shared.NotFound;

/** The calendar over the official 2025/2026 schedules, in memory; expected days are worked out by hand. */
@ExtendWith(OutputCaptureExtension.class)
class WorkingDayCalendarTests {

  private static final String NO_SCHEDULE_2027 = "No official holiday schedule for 2027";

  private final WorkingDayCalendar calendar = OfficialHolidaySchedules.calendar();

  @ParameterizedTest
  @ValueSource(strings = {
      "2026-01-01", "2026-01-02", "2026-01-03",
      "2026-02-15", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20", "2026-02-21", "2026-02-22",
      "2026-02-23",
      "2026-04-04", "2026-04-05", "2026-04-06",
      "2026-05-01", "2026-05-02", "2026-05-03", "2026-05-04", "2026-05-05",
      "2026-06-19", "2026-06-20", "2026-06-21",
      "2026-09-25", "2026-09-26", "2026-09-27",
      "2026-10-01", "2026-10-02", "2026-10-03", "2026-10-04", "2026-10-05", "2026-10-06", "2026-10-07"})
  void holidayOf2026_isOff(String day) {
    assertThat(calendar.isWorkingDay(LocalDate.parse(day))).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"})
  void swappedWorkingDayOf2026_isOn(String day) {
    assertThat(LocalDate.parse(day).getDayOfWeek().getValue()).as("a weekend day").isGreaterThanOrEqualTo(6);
    assertThat(calendar.isWorkingDay(LocalDate.parse(day))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-01-05", "2026-02-24", "2026-03-18", "2026-10-08", "2026-10-09", "2026-12-31"})
  void ordinaryWeekday_isOn(String day) {
    assertThat(calendar.isWorkingDay(LocalDate.parse(day))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-01-10", "2026-01-11", "2026-03-07", "2026-05-10", "2026-09-19", "2026-10-11"})
  void ordinaryWeekend_isOff(String day) {
    assertThat(calendar.isWorkingDay(LocalDate.parse(day))).isFalse();
  }

  @ParameterizedTest(name = "{1} working day(s) after {0} is {2}")
  @CsvSource({
      // 元旦 1/1–1/3 off, Sunday 1/4 worked
      "2025-12-31, 1, 2026-01-04",
      "2025-12-31, 2, 2026-01-05",
      "2026-01-01, 1, 2026-01-04",
      // 春节: Saturday 2/14 worked, 2/15–2/23 off, Saturday 2/28 worked
      "2026-02-13, 1, 2026-02-14",
      "2026-02-13, 2, 2026-02-24",
      "2026-02-13, 6, 2026-02-28",
      "2026-02-13, 7, 2026-03-02",
      // 清明 4/4–4/6 off
      "2026-04-03, 1, 2026-04-07",
      // 劳动节 5/1–5/5 off, Saturday 5/9 worked
      "2026-04-30, 1, 2026-05-06",
      "2026-04-30, 4, 2026-05-09",
      "2026-04-30, 5, 2026-05-11",
      // 端午 6/19–6/21 off
      "2026-06-18, 1, 2026-06-22",
      // Sunday 9/20 worked, 中秋 9/25–9/27 off
      "2026-09-18, 1, 2026-09-20",
      "2026-09-18, 2, 2026-09-21",
      "2026-09-24, 1, 2026-09-28",
      // 国庆 10/1–10/7 off, Saturday 10/10 worked
      "2026-09-30, 1, 2026-10-08",
      "2026-09-30, 2, 2026-10-09",
      "2026-09-30, 3, 2026-10-10",
      "2026-09-30, 4, 2026-10-12",
      "2026-10-03, 1, 2026-10-08",
      // zero: the start itself, even on a holiday
      "2026-10-03, 0, 2026-10-03",
      // 2025: Sunday 1/26 worked, 春节 1/28–2/4 off; 国庆中秋 10/1–10/8 off, Saturday 10/11 worked
      "2025-01-24, 1, 2025-01-26",
      "2025-01-27, 1, 2025-02-05",
      "2025-09-30, 1, 2025-10-09",
      "2025-09-30, 3, 2025-10-11"})
  void addWorkingDays_skipsHolidaysAndCountsSwappedDays(LocalDate from, int workingDays, LocalDate expected) {
    assertThat(calendar.addWorkingDays(from, workingDays)).isEqualTo(expected);
    assertThat(calendar.workingDaysBetween(from, expected)).isEqualTo(workingDays);
  }

  @Test
  void workingDaysBetween_isTheInverseOfAddWorkingDays_onEveryDayOf2026() {
    for (LocalDate day = LocalDate.of(2026, 1, 1); day.getYear() == 2026; day = day.plusDays(1)) {
      for (int n = 0; n <= 25; n++) {
        assertThat(calendar.workingDaysBetween(day, calendar.addWorkingDays(day, n))).as("%s + %d", day, n)
            .isEqualTo(n);
      }
    }
  }

  @Test
  void subtractWorkingDays_skipsNationalDayBackwards_andCountsTheSwappedSaturday() {
    // 10/10 (Saturday) is worked, 10/1-10/7 are off: one working day before Monday 10/12 is Saturday 10/10
    assertThat(calendar.subtractWorkingDays(LocalDate.of(2026, 10, 12), 1)).isEqualTo(LocalDate.of(2026, 10, 10));
    assertThat(calendar.subtractWorkingDays(LocalDate.of(2026, 10, 8), 1)).isEqualTo(LocalDate.of(2026, 9, 30));
    assertThat(calendar.subtractWorkingDays(LocalDate.of(2026, 10, 4), 0)).isEqualTo(LocalDate.of(2026, 10, 4));
  }

  @Test
  void subtractWorkingDays_undoesAddWorkingDays_onEveryWorkingDayOf2026() {
    for (LocalDate day = LocalDate.of(2026, 1, 1); day.getYear() == 2026; day = day.plusDays(1)) {
      if (!calendar.isWorkingDay(day)) {
        continue;
      }
      for (int n = 0; n <= 10; n++) {
        assertThat(calendar.addWorkingDays(calendar.subtractWorkingDays(day, n), n)).as("%s - %d", day, n)
            .isEqualTo(day);
      }
    }
  }

  @Test
  void subtractWorkingDays_refusesANegativeCount() {
    assertThatThrownBy(() -> calendar.subtractWorkingDays(LocalDate.of(2026, 1, 5), -1))
        .isInstanceOfSatisfying(InvalidInput.class,
            e -> assertThat(e.violations()).extracting(FieldViolation::field).containsExactly("workingDays"));
  }

  @Test
  void workingDaysBetween_countsFromExclusiveToInclusive() {
    assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 10))).isEqualTo(3);
    assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 10, 10), LocalDate.of(2026, 9, 30))).isEqualTo(-3);
    assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 10, 9), LocalDate.of(2026, 10, 9))).isZero();
    assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 10, 8), LocalDate.of(2026, 10, 9))).isEqualTo(1);
  }

  @Test
  void year2026_has248WorkingDays() {
    // 261 weekdays, 19 of them holidays, plus 6 swapped weekend days
    assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 12, 31))).isEqualTo(248);
  }

  @Test
  void addWorkingDaysToInstant_keepsTheShanghaiClockTime() {
    ZonedDateTime start = ZonedDateTime.of(2026, 9, 30, 10, 0, 0, 0, WorkingDayCalendar.ZONE);

    assertThat(calendar.addWorkingDays(start, 2))
        .isEqualTo(ZonedDateTime.of(2026, 10, 9, 10, 0, 0, 0, WorkingDayCalendar.ZONE));
  }

  @Test
  void addWorkingDaysToInstant_takesTheDateInShanghai_notInTheCallersZone() {
    // 2026-09-30 23:30 UTC is already 10/1 07:30 in Shanghai, inside 国庆
    ZonedDateTime start = ZonedDateTime.parse("2026-09-30T23:30:00Z");

    assertThat(calendar.addWorkingDays(start, 1).toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 10, 8, 7, 30));
    assertThat(calendar.addWorkingDays(start, 1).getZone()).isEqualTo(WorkingDayCalendar.ZONE);
  }

  @Test
  void negativeWorkingDays_isInvalidInput() {
    assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2026, 1, 5), -1))
        .isInstanceOfSatisfying(InvalidInput.class,
            e -> assertThat(e.violations()).extracting(FieldViolation::field).containsExactly("workingDays"));
  }

  @Test
  void absurdlyManyWorkingDays_isInvalidInput() {
    assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2026, 1, 5), WorkingDayCalendar.MAX_WORKING_DAYS + 1))
        .isInstanceOf(InvalidInput.class);
  }

  @Test
  void yearWithoutSchedule_fallsBackToMondayToFriday_andWarnsOnce(CapturedOutput output) {
    assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 1))).as("Friday").isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 2))).as("Saturday").isFalse();
    assertThat(calendar.addWorkingDays(LocalDate.of(2026, 12, 31), 3)).isEqualTo(LocalDate.of(2027, 1, 5));
    assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 12, 31), LocalDate.of(2027, 12, 31))).isEqualTo(261);

    assertThat(occurrences(output.getAll(), NO_SCHEDULE_2027)).isEqualTo(1);
  }

  @Test
  void replaceSchedule_changesTheAnswerAtOnce(CapturedOutput output) {
    LocalDate newYearsDay2027 = LocalDate.of(2027, 1, 1);
    assertThat(calendar.isWorkingDay(newYearsDay2027)).isTrue();

    calendar.replaceSchedule(2027, new HolidaySchedule("测试安排",
        List.of(new HolidaySchedule.Day(newYearsDay2027, false, "元旦"))));

    assertThat(calendar.isWorkingDay(newYearsDay2027)).isFalse();
    assertThat(calendar.schedule(2027).days()).hasSize(1);
    assertThat(calendar.years()).extracting(ScheduledYear::year).containsExactly(2025, 2026, 2027);
    assertThat(occurrences(output.getAll(), NO_SCHEDULE_2027)).isEqualTo(1);
  }

  @Test
  void replaceSchedule_withBrokenDays_namesEveryBadField_andChangesNothing() {
    HolidaySchedule broken = new HolidaySchedule(" ", List.of(
        new HolidaySchedule.Day(LocalDate.of(2026, 1, 1), false, "元旦"),
        new HolidaySchedule.Day(LocalDate.of(2027, 1, 1), false, "元旦"),
        new HolidaySchedule.Day(LocalDate.of(2026, 1, 1), false, "元旦"),
        new HolidaySchedule.Day(LocalDate.of(2026, 1, 2), false, "")));

    assertThatThrownBy(() -> calendar.replaceSchedule(2026, broken))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations()).extracting(FieldViolation::field)
            .containsExactly("source", "days[1].date", "days[2].date", "days[3].name"));
    assertThat(calendar.schedule(2026)).isEqualTo(OfficialHolidaySchedules.schedule2026());
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 2))).isFalse();
  }

  @Test
  void replaceSchedule_withControlCharactersOrLineBreaksInTexts_isInvalidInput() {
    HolidaySchedule broken = new HolidaySchedule("国务院办公厅\u0007", List.of(
        new HolidaySchedule.Day(LocalDate.of(2026, 1, 1), false, "元\n旦"),
        new HolidaySchedule.Day(LocalDate.of(2026, 1, 2), false, "\u200B")));

    assertThatThrownBy(() -> calendar.replaceSchedule(2026, broken))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations())
            .extracting(FieldViolation::field, FieldViolation::code)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("source", "ControlCharacter"),
                org.assertj.core.groups.Tuple.tuple("days[0].name", "SingleLine"),
                org.assertj.core.groups.Tuple.tuple("days[1].name", "NoVisibleCharacter")));
    assertThat(calendar.schedule(2026)).isEqualTo(OfficialHolidaySchedules.schedule2026());
  }

  @Test
  void yearOutsideTheSupportedRange_isInvalidInput() {
    assertThatThrownBy(() -> calendar.replaceSchedule(1999, new HolidaySchedule("x", List.of())))
        .isInstanceOfSatisfying(InvalidInput.class,
            e -> assertThat(e.violations()).extracting(FieldViolation::field).containsExactly("year"));
  }

  @Test
  void scheduleOfAYearWithoutOne_isNotFound() {
    assertThatThrownBy(() -> calendar.schedule(2030)).isInstanceOf(NotFound.class);
  }

  @Test
  void emptyCalendar_isPlainMondayToFriday() {
    WorkingDayCalendar plain = WorkingDayCalendar.inMemory(Map.of());

    assertThat(plain.isWorkingDay(LocalDate.of(2026, 10, 1))).isTrue();
    assertThat(plain.years()).isEmpty();
  }

  private static int occurrences(String text, String needle) {
    int count = 0;
    for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
      count++;
    }
    return count;
  }
}
