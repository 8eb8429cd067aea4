package org.steward.ledger;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.access.CaseReader;

/**
 * The enterprise's own ledger, for the portal: its requests newest first, a page at a time, and how many are in each
 * state. The same rows, lights and time limits as the staff's ledger ({@link Ledger}), picked a page first.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class EnterpriseLedger {

  private final JdbcClient jdbc;

  /**
   * One page of the requests of the reader's own enterprise, newest first, optionally in one state (the portal's
   * 我的诉求); nothing unless the reader is a login of that enterprise.
   */
  public LedgerPage page(long enterpriseId, String state, int page, int size, CaseReader reader) {
    LedgerFilter filter = new LedgerFilter(state, null, null, null, enterpriseId, null, null, null, page, size, null);
    Ledger.check(filter);
    Map<String, Object> params = new LinkedHashMap<>();
    // the case scope of an enterprise login is its enterprise's requests: said directly, it costs no scan of the scope
    String where = Ledger.where(filter, null, params) + " and exists (select 1 from directory_enterprise_login l"
        + " where l.user_id = :reader and l.enterprise_id = r.enterprise_id)";
    params.put("reader", reader.userId());
    long total = jdbc.sql("select count(*) from request r" + where).params(params).query(Long.class).single();
    List<LedgerRow> rows = jdbc.sql("with page as (select r.case_number from request r" + where + """
              order by r.submitted_at desc, r.case_number desc offset :offset rows fetch next :size rows only)
            """ + Ledger.SELECT_ROW + Ledger.FROM_PAGE + """
             where r.case_number in (select case_number from page)
             order by r.submitted_at desc, r.case_number desc
            """)
        .params(params)
        .param("offset", (long) page * size)
        .param("size", size)
        .query(Ledger::row)
        .list();
    return new LedgerPage(rows, total);
  }

  /** How many requests of the enterprise are in each state (names of {@code RequestState}). */
  public Map<String, Long> counts(long enterpriseId) {
    Map<String, Long> counts = new LinkedHashMap<>();
    jdbc.sql("select state, count(*) as n from request where enterprise_id = :enterprise group by state")
        .param("enterprise", enterpriseId)
        .query(rs -> {
          counts.put(rs.getString("state"), rs.getLong("n"));
        });
    return counts;
  }
}
