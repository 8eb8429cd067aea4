package org.steward.ledger;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The ledger's figures counted the way they were before its read models: every case live, from the units. */
public final class LedgerOracles {

  private LedgerOracles() {
  }

  /** The dashboard's ratings by department over the latest round of every case, ended or open, read live. */
  public static List<RatingCounts> ratingsByDepartment(JdbcClient jdbc) {
    return jdbc.sql("""
            select id, max(name) as name,
                   sum(case when rating = 'DONE' then 1 else 0 end) as done,
                   sum(case when rating = 'ON_TRACK' then 1 else 0 end) as on_track,
                   sum(case when rating = 'SLOW' then 1 else 0 end) as slow
              from (select u.department_code as id, d.name as name, %s as rating
                      from handling_unit u
                      left join directory_department d on d.code = u.department_code
                     where %s) rated
             where rating is not null
             group by id
             order by slow desc, id""".formatted(Ledger.RATING, Ledger.LATEST_ROUND))
        .query((rs, n) -> new RatingCounts(rs.getString("id"), rs.getString("name"), rs.getInt("done"),
            rs.getInt("on_track"), rs.getInt("slow")))
        .list();
  }

  /** The dashboard's lights by department: the open units of each case's latest round, read live. */
  public static List<LightCounts> lightsByDepartment(JdbcClient jdbc) {
    return jdbc.sql("""
            select u.department_code as id, max(d.name) as name,
                   sum(case when u.light = 'GREEN' then 1 else 0 end) as green,
                   sum(case when u.light = 'YELLOW' then 1 else 0 end) as yellow,
                   sum(case when u.light = 'RED' then 1 else 0 end) as red
              from handling_unit u
              left join directory_department d on d.code = u.department_code
             where %s and %s
             group by u.department_code
             order by red desc, yellow desc, u.department_code""".formatted(Ledger.OPEN_UNIT_STATES,
            Ledger.LATEST_ROUND))
        .query((rs, n) -> new LightCounts(rs.getString("id"), rs.getString("name"), rs.getInt("green"),
            rs.getInt("yellow"), rs.getInt("red")))
        .list();
  }
}
