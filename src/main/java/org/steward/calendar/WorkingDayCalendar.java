package org.steward.calendar;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.steward.StewardApplication;
import org.steward.shared.InvalidInput;
import org.steward.shared.NotFound;
import org.steward.shared.Violations;

/**
 * Working days (工作日) of mainland China: Monday–Friday, except the off-days and swapped working days (调休) of the
 * official holiday schedule of each year; a year without a schedule falls back to Monday–Friday.
 *
 * <p>Counting convention: "N working days after {@code from}" is the N-th working day strictly after {@code from};
 * {@code from} itself never counts, whether or not it is a working day. So {@code addWorkingDays(d, 0) == d},
 * {@code workingDaysBetween(from, to)} counts the working days in the half-open interval (from, to], and
 * {@code workingDaysBetween(d, addWorkingDays(d, n)) == n} for every d and n ≥ 0.
 *
 * <p>Schedules are cached per year in memory, loaded on first use and dropped when {@link #replaceSchedule} changes
 * that year on this node; other nodes of a cluster reload a year once their copy is older than the refresh interval
 * ({@code steward.calendar.cache-refresh}, 10 minutes by default).
 */
@RequiredArgsConstructor
public class WorkingDayCalendar {

  /** Holidays and clock times are those of mainland China. */
  public static final ZoneId ZONE = ZoneId.of(StewardApplication.TIME_ZONE);

  /** The largest N accepted by {@code addWorkingDays}: about 40 years, far beyond any deadline. */
  public static final int MAX_WORKING_DAYS = 10_000;

  /** The longest interval accepted by {@code workingDaysBetween}, in calendar days (about 100 years). */
  public static final int MAX_SPAN_DAYS = 36_600;

  /** Years an administrator may schedule. */
  public static final int MIN_YEAR = 2000;
  public static final int MAX_YEAR = 2100;

  static final int MAX_SOURCE_LENGTH = 500;
  static final int MAX_NAME_LENGTH = 100;

  private static final Logger log = LoggerFactory.getLogger(WorkingDayCalendar.class);

  private final HolidaySchedules schedules;
  /** Per year: the exceptions to Monday–Friday (date → working); an empty map for a year without schedule. */
  private final ConcurrentMap<Integer, CachedYear> exceptionsByYear = new ConcurrentHashMap<>();
  /** How long a cached year is trusted: other nodes of a cluster see a correction made elsewhere after this. */
  private final Duration refreshAfter;
  private final Clock clock;
  /** Years already warned about, so that a missing schedule is logged once per process, not once per lookup. */
  private final Set<Integer> warnedYears = ConcurrentHashMap.newKeySet();

  /** A calendar over fixed schedules held in memory (no database), for engine-only tests and tools. */
  public static WorkingDayCalendar inMemory(Map<Integer, HolidaySchedule> schedules) {
    // nothing changes behind this calendar's back, so its cache never needs a refresh
    return new WorkingDayCalendar(new InMemoryHolidaySchedules(schedules), ChronoUnit.FOREVER.getDuration(),
        Clock.systemUTC());
  }

  /** Whether people work on this day (Asia/Shanghai calendar date). */
  public boolean isWorkingDay(LocalDate date) {
    Objects.requireNonNull(date, "date");
    Boolean exception = exceptions(date.getYear()).get(date);
    if (exception != null) {
      return exception;
    }
    DayOfWeek dayOfWeek = date.getDayOfWeek();
    return dayOfWeek != DayOfWeek.SATURDAY && dayOfWeek != DayOfWeek.SUNDAY;
  }

  /**
   * The {@code workingDays}-th working day strictly after {@code from}; {@code from} itself when {@code workingDays}
   * is 0 (even if {@code from} is not a working day).
   *
   * @throws InvalidInput (field {@code workingDays}) if negative or above {@link #MAX_WORKING_DAYS}
   */
  public LocalDate addWorkingDays(LocalDate from, int workingDays) {
    Objects.requireNonNull(from, "from");
    checkWorkingDays("workingDays", workingDays);
    LocalDate day = from;
    int left = workingDays;
    while (left > 0) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        left--;
      }
    }
    return day;
  }

  /**
   * The {@code workingDays}-th working day strictly before {@code from}; {@code from} itself when {@code workingDays}
   * is 0. The mirror of {@link #addWorkingDays(LocalDate, int)}: for a working day {@code d},
   * {@code addWorkingDays(subtractWorkingDays(d, n), n) == d}.
   *
   * @throws InvalidInput (field {@code workingDays}) if negative or above {@link #MAX_WORKING_DAYS}
   */
  public LocalDate subtractWorkingDays(LocalDate from, int workingDays) {
    Objects.requireNonNull(from, "from");
    checkWorkingDays("workingDays", workingDays);
    LocalDate day = from;
    int left = workingDays;
    while (left > 0) {
      day = day.minusDays(1);
      if (isWorkingDay(day)) {
        left--;
      }
    }
    return day;
  }

  /**
   * The same clock time on the {@code workingDays}-th working day after the calendar date of {@code start}, both taken
   * in Asia/Shanghai; the answer is in Asia/Shanghai.
   *
   * @throws InvalidInput (field {@code workingDays}) if negative or above {@link #MAX_WORKING_DAYS}
   */
  public ZonedDateTime addWorkingDays(ZonedDateTime start, int workingDays) {
    Objects.requireNonNull(start, "start");
    ZonedDateTime local = start.withZoneSameInstant(ZONE);
    LocalDate due = addWorkingDays(local.toLocalDate(), workingDays);
    return ZonedDateTime.of(due, local.toLocalTime(), ZONE);
  }

  /**
   * The number of working days in (from, to]: {@code from} excluded, {@code to} included. Negative, with the same
   * magnitude, when {@code to} is before {@code from}: {@code workingDaysBetween(a, b) == -workingDaysBetween(b, a)}.
   *
   * @throws InvalidInput (field {@code to}) if the two days lie more than {@link #MAX_SPAN_DAYS} apart
   */
  public int workingDaysBetween(LocalDate from, LocalDate to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    checkSpan("to", from, to);
    if (to.isBefore(from)) {
      return -workingDaysBetween(to, from);
    }
    int count = 0;
    for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
      if (isWorkingDay(day)) {
        count++;
      }
    }
    return count;
  }

  /**
   * The official schedule of the year.
   *
   * @throws NotFound (kind {@code calendar-year}) if the year has none (it then falls back to Monday–Friday)
   */
  public HolidaySchedule schedule(int year) {
    return schedules.find(year).orElseThrow(() -> new NotFound("calendar-year", year));
  }

  /** The years that have an official schedule, in ascending order. */
  public List<ScheduledYear> years() {
    return schedules.years();
  }

  /**
   * Adds the year's schedule or corrects it, replacing all its days in one transaction; records the authenticated user
   * (or {@code system}) as the one who changed it.
   *
   * @throws InvalidInput listing every broken rule (fields {@code year}, {@code source}, {@code days},
   *     {@code days[i].date}, {@code days[i].name}); nothing is changed then
   */
  public void replaceSchedule(int year, HolidaySchedule schedule) {
    Objects.requireNonNull(schedule, "schedule");
    validate(year, schedule).throwIfAny();
    String updatedBy = currentUser();
    schedules.replace(year, schedule, updatedBy);
    invalidate(year);
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      // inside a caller's transaction: another thread may reload the old days before it commits
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCompletion(int status) {
          invalidate(year);
        }
      });
    }
    log.info("Holiday schedule {} replaced by {}: {} day(s), source {}", year, updatedBy, schedule.days().size(),
        schedule.source());
  }

  static void checkWorkingDays(String field, int workingDays) {
    if (workingDays < 0) {
      throw new InvalidInput(field, "PositiveOrZero");
    }
    if (workingDays > MAX_WORKING_DAYS) {
      throw new InvalidInput(field, "calendar.working-days.too-many", MAX_WORKING_DAYS);
    }
  }

  static void checkSpan(String field, LocalDate from, LocalDate to) {
    if (Math.abs(ChronoUnit.DAYS.between(from, to)) > MAX_SPAN_DAYS) {
      throw new InvalidInput(field, "calendar.span.too-long", MAX_SPAN_DAYS);
    }
  }

  private static Violations validate(int year, HolidaySchedule schedule) {
    Violations violations = new Violations();
    if (year < MIN_YEAR || year > MAX_YEAR) {
      violations.add("year", "calendar.year.out-of-range",
          String.valueOf(MIN_YEAR), String.valueOf(MAX_YEAR));
    }
    violations.line("source", schedule.source(), MAX_SOURCE_LENGTH);
    if (schedule.days() == null) {
      violations.add("days", "NotNull");
      return violations;
    }
    Set<LocalDate> seen = new HashSet<>();
    for (int i = 0; i < schedule.days().size(); i++) {
      HolidaySchedule.Day day = schedule.days().get(i);
      String field = "days[" + i + "]";
      if (day == null) {
        violations.add(field, "NotNull");
        continue;
      }
      if (day.date() == null) {
        violations.add(field + ".date", "NotNull");
      } else if (day.date().getYear() != year) {
        violations.add(field + ".date", "calendar.day.outside-year", String.valueOf(year));
      } else if (!seen.add(day.date())) {
        violations.add(field + ".date", "calendar.day.duplicate", day.date().toString());
      }
      violations.line(field + ".name", day.name(), MAX_NAME_LENGTH);
    }
    return violations;
  }

  private Map<LocalDate, Boolean> exceptions(int year) {
    CachedYear cached = exceptionsByYear.get(year);
    if (cached == null || cached.isStale(clock.instant(), refreshAfter)) {
      cached = exceptionsByYear.compute(year,
          (key, current) -> current == null || current.isStale(clock.instant(), refreshAfter)
              ? new CachedYear(load(key), clock.instant()) : current);
    }
    return cached.exceptions();
  }

  private Map<LocalDate, Boolean> load(int year) {
    return schedules.find(year)
        .map(schedule -> schedule.days().stream()
            .collect(Collectors.toUnmodifiableMap(HolidaySchedule.Day::date, HolidaySchedule.Day::working)))
        .orElseGet(() -> {
          if (warnedYears.add(year)) {
            log.warn("No official holiday schedule for {}: counting Monday to Friday as working days in {} until an "
                + "administrator adds it (PUT /api/calendar/years/{})", year, year, year);
          }
          return Map.of();
        });
  }

  private void invalidate(int year) {
    exceptionsByYear.remove(year);
  }

  /** One year's exceptions and when they were read. */
  private record CachedYear(Map<LocalDate, Boolean> exceptions, Instant loadedAt) {

    boolean isStale(Instant now, Duration refreshAfter) {
      return Duration.between(loadedAt, now).compareTo(refreshAfter) > 0;
    }
  }

  private static String currentUser() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication != null && authentication.getName() != null ? authentication.getName() : "system";
  }
}
