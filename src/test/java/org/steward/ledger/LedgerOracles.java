package org.steward.ledger;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The ledger's figures counted the way they were before the ended cases' days: every case live. */
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
}
