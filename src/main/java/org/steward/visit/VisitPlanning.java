package org.steward.visit;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.steward.deadline.Deadline;
import org.steward.deadline.DeadlineSubject;
import org.steward.deadline.Deadlines;
import org.steward.deadline.RowSubjects;
import org.steward.notification.Notifications;
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
  /** The notification kind of {@link #notifyOfficers}. */
  public static final String VISITS_PLANNED = "VISITS_PLANNED";

  private final JdbcTemplate jdbc;
  private final JdbcClient named;
  private final VisitCycles cycles;
  private final Deadlines deadlines;
  private final VisitProperties properties;
  private final Notifications notifications;

  /** A visit just planned, as its process needs it: officer, enterprise, cycle and deadline. */
  public record Planned(long id, String officer, long enterpriseId, String enterpriseName, VisitCycle cycle,
      Deadline deadline) {
  }

  /**
   * Where the planning's batches start: the enterprises with an officer in ascending id, cut every
   * {@code steward.visit.plan-batch}; each start is the last id of the batch before it (0 for the first), exclusive.
   */
  @Transactional(readOnly = true)
  public List<Long> batchStarts() {
    List<Long> starts = new ArrayList<>(List.of(0L));
    starts.addAll(named.sql("""
            select id from (select e.id, row_number() over (order by e.id) as n from directory_enterprise e
              join directory_assignment a on a.enterprise_id = e.id and a.valid_to is null) numbered
            where mod(n, :size) = 0 order by id""")
        .param("size", properties.planBatch()).query(Long.class).list());
    return starts;
  }

  /**
   * Plans the visits of the cycle opened in the month of {@code periodStart} for the enterprises with an officer whose
   * id is above {@code afterId} and at most {@code upTo} (no upper end when null): one per enterprise whose cycle opens
   * this month and which has no visit still open or already of this period. Answers the visits it created.
   */
  public List<Planned> planBatch(LocalDate periodStart, long afterId, Long upTo) {
    List<Map<String, Object>> enterprises = jdbc.queryForList("""
        select e.id, a.officer_id from directory_enterprise e
        join directory_assignment a on a.enterprise_id = e.id and a.valid_to is null
        where e.id > ? and e.id <= ? order by e.id""", afterId, upTo == null ? Long.MAX_VALUE : upTo);
    if (enterprises.isEmpty()) {
      return List.of();
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
        deadlines.inWorkingDays(today, VisitCycle.MONTHLY.workingDays(), WARNING_DAYS).dueDate(), VisitCycle.QUARTERLY,
        deadlines.inWorkingDays(today, VisitCycle.QUARTERLY.workingDays(), WARNING_DAYS).dueDate());
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
      return List.of();
    }
    // the visits this batch inserted: none of these enterprises had one of this period before
    return named.sql("""
            select v.id, v.officer_id, v.enterprise_id, e.name, v.cycle, v.due_date from visit v
            join directory_enterprise e on e.id = v.enterprise_id
            where v.period_start = :periodStart and v.enterprise_id in (:enterprises) order by v.id""")
        .param("periodStart", periodStart).param("enterprises", rows.stream().map(row -> row[0]).toList())
        .query((rs, n) -> new Planned(rs.getLong("id"), rs.getString("officer_id"), rs.getLong("enterprise_id"),
            rs.getString("name"), VisitCycle.valueOf(rs.getString("cycle")),
            deadlines.of(rs.getObject("due_date", LocalDate.class), WARNING_DAYS)))
        .list();
  }

  /**
   * Tells each officer with visits of the cycle opened in the month of {@code periodStart} how many and by when the
   * first is due, once, instead of a new-task notification per visit (docs/processes.md, {@code visit-cycle}).
   */
  public void notifyOfficers(LocalDate periodStart) {
    named.sql("""
            select officer_id, count(*) as visits, min(due_date) as due from visit
            where period_start = :periodStart and state = 'OPEN' group by officer_id order by officer_id""")
        .param("periodStart", periodStart)
        .query((rs, n) -> Map.entry(rs.getString("officer_id"), "本期走访已排定：您有 " + rs.getLong("visits")
            + " 家企业需要走访，最早须于 " + rs.getObject("due", LocalDate.class) + " 前完成，请在“我的待办”中办理走访企业任务。"))
        .list()
        .forEach(officer -> notifications.notifyUser(officer.getKey(), VISITS_PLANNED, null, officer.getValue()));
  }

  /** A visit as a deadline subject, in its own {@code enterprise-visit} instance; its case is {@code VISIT-<id>}. */
  @Bean
  DeadlineSubject visitSubject(RowSubjects rows) {
    return rows.of("visit", "visit", "visitId", "id", Visits.CASE_PREFIX, WARNING_DAYS, "visit");
  }
}
