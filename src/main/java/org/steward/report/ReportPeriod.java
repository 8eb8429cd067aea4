package org.steward.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.steward.shared.StewardClock;
import org.steward.shared.Violations;

/**
 * The days a report covers, both ends included, in Asia/Shanghai, with its Chinese label. A request belongs to the
 * period in which it was submitted.
 */
public record ReportPeriod(LocalDate from, LocalDate to, String label) {

  /** The longest range {@code from}/{@code to} may span, in days (a leap year). */
  public static final int MAX_DAYS = 366;

  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q(\\d)");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  /**
   * {@code period} as {@code 2026-11} (a month), {@code 2026-Q4} (a quarter) or {@code 2026} (a year); or {@code from}
   * and {@code to} (ISO dates, at most {@value #MAX_DAYS} days); the current month when all are absent.
   *
   * @throws org.steward.shared.InvalidInput naming {@code period}, {@code from} or {@code to}
   */
  public static ReportPeriod parse(String period, String from, String to) {
    Violations violations = new Violations();
    boolean hasPeriod = present(period);
    boolean hasRange = present(from) || present(to);
    if (hasPeriod && hasRange) {
      violations.add("period", "report.period.withRange");
      violations.throwIfAny();
    }
    if (hasRange) {
      return range(violations, from, to);
    }
    if (!hasPeriod) {
      return month(YearMonth.from(StewardClock.today()));
    }
    ReportPeriod parsed = named(period.strip());
    if (parsed == null) {
      violations.add("period", "report.period.invalid");
      violations.throwIfAny();
    }
    return parsed;
  }

  private static ReportPeriod named(String period) {
    Matcher month = MONTH.matcher(period);
    if (month.matches()) {
      int number = Integer.parseInt(month.group(2));
      return number < 1 || number > 12 ? null : month(YearMonth.of(Integer.parseInt(month.group(1)), number));
    }
    Matcher quarter = QUARTER.matcher(period);
    if (quarter.matches()) {
      int number = Integer.parseInt(quarter.group(2));
      if (number < 1 || number > 4) {
        return null;
      }
      int year = Integer.parseInt(quarter.group(1));
      LocalDate first = LocalDate.of(year, (number - 1) * 3 + 1, 1);
      return new ReportPeriod(first, first.plusMonths(3).minusDays(1), year + "年第" + number + "季度");
    }
    if (YEAR.matcher(period).matches()) {
      int year = Integer.parseInt(period);
      return new ReportPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), year + "年");
    }
    return null;
  }

  private static ReportPeriod month(YearMonth month) {
    return new ReportPeriod(month.atDay(1), month.atEndOfMonth(),
        month.getYear() + "年" + month.getMonthValue() + "月");
  }

  private static ReportPeriod range(Violations violations, String from, String to) {
    LocalDate first = date(violations, "from", from);
    LocalDate last = date(violations, "to", to);
    violations.throwIfAny();
    if (last.isBefore(first)) {
      violations.add("to", "report.to.beforeFrom");
    } else if (ChronoUnit.DAYS.between(first, last) + 1 > MAX_DAYS) {
      violations.add("to", "report.range.tooLong", MAX_DAYS);
    }
    violations.throwIfAny();
    return new ReportPeriod(first, last, first + "至" + last);
  }

  private static LocalDate date(Violations violations, String field, String value) {
    if (!present(value)) {
      violations.add(field, "NotBlank");
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      violations.add(field, "report.date.invalid");
      return null;
    }
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }
}
