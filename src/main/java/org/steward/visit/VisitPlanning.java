package org.steward.visit;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.calendar.WorkingDayCalendar;
import org.steward.deadline.Deadline;
import org.steward.deadline.DeadlineSubject;
import org.steward.deadline.Deadlines;
import org.steward.deadline.RowSubjects;
import org.steward.shared.StewardClock;

/**
 * Plans a visit cycle in batches, each in the transaction of one step of its {@code visit-cycle} instance: one visit
 * per enterprise with an officer whose cycle opens this month and which has no visit still open, due within its
 * cycle's working days; the visit is a deadline subject ({@code visit}, yellow three working days before, red after).
 */
@Service
@Transactional
@EnableConfigurationProperties(VisitProperties.class)
@RequiredArgsConstructor
public class VisitPlanning {

  /** Working days before the due date at which a visit turns yellow. */
  static final int WARNING_DAYS = 3;

  private final JdbcTemplate jdbc;
  private final JdbcClient named;
  private final VisitCycles cycles;
  private final WorkingDayCalendar calendar;
  private final Deadlines deadlines;
  private final VisitProperties properties;

  /** One batch planned: its visits, the highest enterprise id it looked at, whether more may follow. */
  public record Batch(List<Planned> visits, long lastId, boolean more) {
  }

  /** A visit just planned, as its process needs it: officer, enterprise, cycle and deadline. */
  public record Planned(long id, String officer, long enterpriseId, String enterpriseName, VisitCycle cycle,
      Deadline deadline) {
  }

  /**
   * Plans the visits of the cycle opened in the month of {@code periodStart} for the next at most {@code planBatch}
   * enterprises with an officer, by ascending id above {@code afterId}.
   */
  public Batch planBatch(LocalDate periodStart, long afterId) {
    int size = properties.planBatch();
    List<Map<String, Object>> enterprises = jdbc.queryForList("""
        select e.id, a.officer_id from directory_enterprise e
        join directory_assignment a on a.enterprise_id = e.id and a.valid_to is null
        where e.id > ? order by e.id limit ?""", afterId, size);
    if (enterprises.isEmpty()) {
      return new Batch(List.of(), afterId, false);
    }
    List<Long> ids = enterprises.stream().map(row -> ((Number) row.get("id")).longValue()).toList();
    long lastId = ids.get(ids.size() - 1);
    Set<Long> busy = new HashSet<>(jdbc.queryForList("""
        select enterprise_id from visit where enterprise_id > ? and enterprise_id <= ?
        and (state = 'OPEN' or period_start = ?)""", Long.class, afterId, lastId, periodStart));
    Map<Long, VisitCycle> cycleOf = cycles.cyclesOf(ids);
    LocalDate today = StewardClock.today();
    Timestamp now = Timestamp.from(StewardClock.now());
    Map<VisitCycle, LocalDate> due = Map.of(VisitCycle.MONTHLY,
        calendar.addWorkingDays(today, VisitCycle.MONTHLY.workingDays()), VisitCycle.QUARTERLY,
        calendar.addWorkingDays(today, VisitCycle.QUARTERLY.workingDays()));
    List<Object[]> rows = enterprises.stream()
        .filter(row -> {
          long id = ((Number) row.get("id")).longValue();
          return !busy.contains(id) && cycleOf.get(id).opensIn(periodStart);
        })
        .map(row -> {
          VisitCycle cycle = cycleOf.get(((Number) row.get("id")).longValue());
          return new Object[] {row.get("id"), row.get("officer_id"), cycle.name(), periodStart, due.get(cycle), now};
        }).toList();
    jdbc.batchUpdate("""
        insert into visit (enterprise_id, officer_id, cycle, period_start, state, due_date, created_at)
        values (?, ?, ?, ?, 'OPEN', ?, ?)""", rows);
    if (rows.isEmpty()) {
      return new Batch(List.of(), lastId, enterprises.size() == size);
    }
    // the visits this batch inserted: none of these enterprises had one of this period before
    List<Planned> visits = named.sql("""
            select v.id, v.officer_id, v.enterprise_id, e.name, v.cycle, v.due_date from visit v
            join directory_enterprise e on e.id = v.enterprise_id
            where v.period_start = :periodStart and v.enterprise_id in (:enterprises) order by v.id""")
        .param("periodStart", periodStart).param("enterprises", rows.stream().map(row -> row[0]).toList())
        .query((rs, n) -> new Planned(rs.getLong("id"), rs.getString("officer_id"), rs.getLong("enterprise_id"),
            rs.getString("name"), VisitCycle.valueOf(rs.getString("cycle")),
            deadlines.of(rs.getObject("due_date", LocalDate.class), WARNING_DAYS)))
        .list();
    return new Batch(visits, lastId, enterprises.size() == size);
  }

  /** A visit as a deadline subject, one of many in a cycle's instance; its case is {@code VISIT-<id>}. */
  @Bean
  DeadlineSubject visitSubject(RowSubjects rows) {
    return rows.of("visit", "visit", "visitId", "id", Visits.CASE_PREFIX, WARNING_DAYS, "visit");
  }
}
