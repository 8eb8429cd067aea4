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
    return jdbc.sql("select st.officer_id as id, max(o.name) as name, " + lightSums("st.light") + Ledger.OPEN_FROM
        + """
             left join directory_officer o on o.id = st.officer_id
             where st.officer_id is not null
             group by st.officer_id
             order by red desc, yellow desc, st.officer_id
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

  /**
   * Per department, its open handling units by the light the deadline timers last signalled; from the open cases'
   * units as {@link CaseStandings} keeps them.
   */
  public List<LightCounts> lightsByDepartment() {
    return jdbc.sql("""
            select su.department_code as id, max(d.name) as name, sum(su.green) as green, sum(su.yellow) as yellow,
                   sum(su.red) as red
              from ledger_standing_unit su
              left join directory_department d on d.code = su.department_code
             group by su.department_code
            having sum(su.green) + sum(su.yellow) + sum(su.red) > 0
             order by red desc, yellow desc, su.department_code
            """)
        .query(LedgerFigures::lightCounts)
        .list();
  }

  /**
   * Per department, the units of each case's current round rated as on the ledger rows; returned units left out. The
   * ended cases' units from their days ({@link EndedCaseFigures}), the open cases' units as {@link CaseStandings}
   * keeps them.
   */
  public List<RatingCounts> ratingsByDepartment() {
    return jdbc.sql("""
            select f.id, max(d.name) as name, sum(f.done) as done, sum(f.on_track) as on_track, sum(f.slow) as slow
              from (select group_key as id, latest_done as done, latest_on_track as on_track, latest_slow as slow
                      from ledger_ended_day where dimension = 'DEPARTMENT'
                    union all
                    select department_code as id, done, on_track, slow from ledger_standing_unit) f
              left join directory_department d on d.code = f.id
             group by f.id
            having sum(f.done) + sum(f.on_track) + sum(f.slow) > 0
             order by slow desc, f.id
            """)
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
