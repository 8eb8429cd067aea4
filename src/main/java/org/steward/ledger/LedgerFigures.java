package org.steward.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ledger's figures for the supervisors' dashboard and the operators' gauges: open matters and units by light,
 * units by rating, the longest-overdue matters. Every figure follows the ledger's own rules ({@link Ledger}), over
 * every case, whoever asks: the callers decide who may see them.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class LedgerFigures {

  private final JdbcClient jdbc;

  /**
   * Per officer, the open matters by light (the rule of {@link Ledger#page}); officers without open matters are left
   * out.
   */
  public List<LightCounts> lightsByOfficer() {
    return jdbc.sql("select r.officer_id as id, max(o.name) as name, " + lightSums("st.light") + Ledger.OPEN_FROM
        + Ledger.OPEN_REQUEST + """
             left join directory_officer o on o.id = r.officer_id
             where r.officer_id is not null
             group by r.officer_id
             order by red desc, yellow desc, r.officer_id
            """)
        .query(LedgerFigures::lightCounts)
        .list();
  }

  /**
   * Every open matter by light (the rule of {@link Ledger#page}), whoever may read it: the operators' gauge of lights.
   * Read from the open matters' standings ({@link CaseStandings}), not from their units.
   */
  public LightCounts openMatters() {
    return jdbc.sql("select 'all' as id, null as name, " + lightSums("st.light") + Ledger.OPEN_FROM)
        .query(LedgerFigures::lightCounts)
        .single();
  }

  /** Per department, its open handling units by the light the deadline timers last signalled. */
  public List<LightCounts> lightsByDepartment() {
    return jdbc.sql("select u.department_code as id, max(d.name) as name, " + lightSums("u.light") + """
              from handling_unit u
              left join directory_department d on d.code = u.department_code
             where %s and %s
             group by u.department_code
             order by red desc, yellow desc, u.department_code
            """.formatted(Ledger.OPEN_UNIT_STATES, Ledger.LATEST_ROUND))
        .query(LedgerFigures::lightCounts)
        .list();
  }

  /**
   * Per department, the units of each case's current round rated as on the ledger rows; returned units left out. The
   * ended cases' units from their days ({@link EndedCaseFigures}), the open cases' units live.
   */
  public List<RatingCounts> ratingsByDepartment() {
    return jdbc.sql("""
            select f.id, max(d.name) as name, sum(f.done) as done, sum(f.on_track) as on_track, sum(f.slow) as slow
              from (select group_key as id, latest_done as done, latest_on_track as on_track, latest_slow as slow
                      from ledger_ended_day where dimension = 'DEPARTMENT'
                    union all
                    select u.department_code as id,
                           case when %1$s = 'DONE' then 1 else 0 end as done,
                           case when %1$s = 'ON_TRACK' then 1 else 0 end as on_track,
                           case when %1$s = 'SLOW' then 1 else 0 end as slow
                      from handling_unit u join request r on r.case_number = u.case_number
                     where %2$s and %3$s) f
              left join directory_department d on d.code = f.id
             group by f.id
            having sum(f.done) + sum(f.on_track) + sum(f.slow) > 0
             order by slow desc, f.id
            """.formatted(Ledger.RATING, Ledger.OPEN_CASE, Ledger.LATEST_ROUND))
        .query((rs, n) -> new RatingCounts(rs.getString("id"), rs.getString("name"), rs.getInt("done"),
            rs.getInt("on_track"), rs.getInt("slow")))
        .list();
  }

  /** The open red matters, the one longest past its nearest time limit first (rows without units). */
  public List<LedgerRow> overdue(int limit) {
    return jdbc.sql(Ledger.pageOf("select st.case_number, st.next_deadline, st.submitted_at" + Ledger.OPEN_FROM
            + " where st.light = 'RED'", Ledger.OPEN_ORDER))
        .param("offset", 0)
        .param("size", limit)
        .query(Ledger::row)
        .list();
  }

  /** The columns green, yellow and red: how many rows of the group have that light. */
  private static String lightSums(String light) {
    return """
        sum(case when %1$s = 'GREEN' then 1 else 0 end) as green,
        sum(case when %1$s = 'YELLOW' then 1 else 0 end) as yellow,
        sum(case when %1$s = 'RED' then 1 else 0 end) as red
        """.formatted(light);
  }

  private static LightCounts lightCounts(ResultSet rs, int n) throws SQLException {
    return new LightCounts(rs.getString("id"), rs.getString("name"), rs.getInt("green"), rs.getInt("yellow"),
        rs.getInt("red"));
  }
}
