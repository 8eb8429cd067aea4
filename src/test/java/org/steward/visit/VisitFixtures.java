package org.steward.visit;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.steward.directory.StewardGroups;
import org.steward.request.Caller;
import org.steward.request.NewRequest;
import org.steward.shared.StewardClock;

/**
 * Visits for tests that need an enterprise's history without running a cycle: planned as {@link VisitPlanning} plans
 * them (a row, as WorkReportIT does), recorded and their problems raised through {@link Visits}, as the officer would.
 * Each test picks an enterprise and months no other test of its Spring context plans.
 */
public final class VisitFixtures {

  private VisitFixtures() {
  }

  /** A visit of {@code enterpriseId} by {@code officer}, planned monthly for the month of {@code periodStart}. */
  public static long plan(JdbcClient jdbc, long enterpriseId, String officer, LocalDate periodStart, LocalDate due) {
    jdbc.sql("""
            insert into visit (enterprise_id, officer_id, cycle, period_start, state, due_date, created_at)
            values (:enterprise, :officer, 'MONTHLY', :period, 'OPEN', :due, :now)""")
        .param("enterprise", enterpriseId).param("officer", officer).param("period", periodStart).param("due", due)
        .param("now", Timestamp.from(StewardClock.now())).update();
    return jdbc.sql("select id from visit where enterprise_id = :enterprise and period_start = :period")
        .param("enterprise", enterpriseId).param("period", periodStart).query(Long.class).single();
  }

  /** Plans and records a visit on {@code visitedOn} (its month's), with these notes and problems, one per line. */
  public static long record(JdbcClient jdbc, Visits visits, long enterpriseId, String officer, LocalDate visitedOn,
      String mode, String peopleMet, String situation, String problems) {
    long visit = plan(jdbc, enterpriseId, officer, visitedOn.withDayOfMonth(1), visitedOn.plusDays(14));
    visits.record(visit, visitedOn.toString(), mode, peopleMet, situation, problems, officer);
    return visit;
  }

  /** Raises problem {@code problemNo} of the visit as a request of category 用电, as its officer; its case number. */
  public static String raise(Visits visits, long visit, int problemNo, String officer) {
    return visits.raise(visit, problemNo, new NewRequest(null, "power", null, null, "李总", "020-12345678", null, null),
        new Caller(officer, Set.of(StewardGroups.OFFICERS)));
  }
}
