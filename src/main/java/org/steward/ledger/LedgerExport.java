package org.steward.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.access.CaseReader;
import org.steward.shared.ReportingData;
import org.steward.shared.StewardException;

/**
 * The ledger's export (协调事项明细表): every unit of every matter the filter and the reader's scope find, one line
 * each, in the ledger's order, read where reports read (the read replica when there is one).
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class LedgerExport {

  /** The most lines one export holds (a matter with n units is n lines). */
  public static final int MAX_EXPORT_LINES = 100_000;

  // every unit of every round of the matter, or none
  private static final String UNIT_LINES = """
       left join handling_unit eu on eu.case_number = r.case_number
       left join directory_department ed on ed.code = eu.department_code
      """;
  private static final String EXPORT_ORDER = """
       order by case when r.state in ('CLOSED', 'WITHDRAWN', 'NO_RESPONSE') then 1 else 0 end, next_deadline,
                r.submitted_at, r.case_number,
                eu.round, eu.position
      """;


  private final Ledger ledger;
  private final JdbcClient jdbc;
  private final ReportingData reporting;

  /**
   * How many lines an export of the filter would hold; 400 on a bad filter or more than {@value #MAX_EXPORT_LINES}
   * lines ({@code ledger-export-too-large}), 403 for enterprises. Paging is ignored.
   */
  public long exportLines(LedgerFilter filter, CaseReader reader) {
    Ledger.check(filter);
    Map<String, Object> params = new LinkedHashMap<>();
    String where = Ledger.where(filter, ledger.scope(reader), params);
    long lines = jdbc.sql("select count(*) " + Ledger.FROM + UNIT_LINES + where).params(params).query(Long.class)
        .single();
    if (lines > MAX_EXPORT_LINES) {
      throw new StewardException(HttpStatus.BAD_REQUEST, "ledger-export-too-large", lines, MAX_EXPORT_LINES);
    }
    return lines;
  }

  /**
   * Streams the coordination items list (协调事项明细表) of the filter to {@code sink}, in the ledger's order, one line
   * per matter and unit; checks as {@link #exportLines} does first.
   */
  public void export(LedgerFilter filter, CaseReader reader, Consumer<LedgerLine> sink) {
    exportLines(filter, reader);
    Map<String, Object> params = new LinkedHashMap<>();
    String where = Ledger.where(filter, ledger.scope(reader), params);
    // an export reads where reports read: the read replica when there is one
    reporting.stream("""
            select r.case_number, r.enterprise_name, r.category, r.title, o.name as officer_name, r.state, r.outcome,
                   r.submitted_at, r.response_due, r.acknowledged_at, r.resolution_due, r.reopen_count,
                   r.satisfaction, r.closed_at, %s as light, %s as next_deadline,
                   eu.id as unit_id, eu.round, ed.name as department_name, eu.department_code, eu.role,
                   eu.handed_over_at, eu.due_date, eu.state as unit_state, eu.light as unit_light,
                   %s as rating, eu.finished_at, eu.feedback, eu.return_reason,
                   (select count(*) from supervision_order so where so.case_number = r.case_number
                       and so.state in ('ISSUED', 'SIGNED')) as open_orders
            """.formatted(Ledger.LIGHT, Ledger.NEXT_DEADLINE, Ledger.rating("eu"))
            + Ledger.FROM + UNIT_LINES + where + EXPORT_ORDER,
        params, rs -> sink.accept(line(rs)));
  }

  private static LedgerLine line(ResultSet rs) throws SQLException {
    LedgerLine.Unit unit = null;
    if (rs.getObject("unit_id") != null) {
      String department = rs.getString("department_name");
      unit = new LedgerLine.Unit(rs.getInt("round"), department == null ? rs.getString("department_code") : department,
          rs.getString("role"), Ledger.offset(rs.getTimestamp("handed_over_at")),
          rs.getObject("due_date", LocalDate.class),
          rs.getString("unit_state"), rs.getString("unit_light"), rs.getString("rating"),
          Ledger.offset(rs.getTimestamp("finished_at")), rs.getString("feedback"), rs.getString("return_reason"));
    }
    return new LedgerLine(rs.getString("case_number"), rs.getString("enterprise_name"), rs.getString("category"),
        rs.getString("title"), rs.getString("officer_name"), rs.getString("state"), rs.getString("outcome"),
        Ledger.offset(rs.getTimestamp("submitted_at")), Ledger.offset(rs.getTimestamp("response_due")),
        Ledger.offset(rs.getTimestamp("acknowledged_at")), rs.getObject("resolution_due", LocalDate.class),
        rs.getString("light"), rs.getInt("reopen_count"), rs.getString("satisfaction"),
        Ledger.offset(rs.getTimestamp("closed_at")), rs.getInt("open_orders"), unit);
  }
}
