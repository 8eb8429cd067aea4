package org.steward.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.steward.handling.UnitsChanged;
import org.steward.request.RequestStateChanged;
import org.steward.request.RequestSubmitted;
import org.steward.request.RequestTransferred;
import org.steward.request.ResponseLightStored;

/**
 * The ledger's standing of each open case (table {@code ledger_standing}): its light and nearest open time limit by
 * the ledger's rules ({@link Ledger#LIGHT}, {@link Ledger#NEXT_DEADLINE}), its officer and state, so that the
 * ledger's page and the dashboard walk an index or group one narrow row per case instead of aggregating every open
 * case's units;
 * and per open case and department it had a unit on ({@code ledger_standing_unit}, the ledger's department filter)
 * the units of its latest round, the open ones by light and all of them by the ledger's rating ({@link Ledger#RATING}),
 * the dashboard's figures by department. The
 * ledger writes only these tables of its own, in the transaction of the write that changed a case (told by the
 * owners' events after their write): the case's rows are recomputed just before that transaction commits, once
 * however many writes it made, so that their lock is taken last, and written only when they changed.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class CaseStandings {

  private static final String STANDING = "r.case_number, " + Ledger.LIGHT + " as light, " + Ledger.NEXT_DEADLINE
      + " as next_deadline, r.submitted_at, r.officer_id, r.state ";
  private static final String OPEN_UNIT_LIGHT = "sum(case when " + Ledger.LATEST_ROUND + " and "
      + Ledger.OPEN_UNIT_STATES + " and u.light = '%s' then 1 else 0 end) as %s";
  private static final String RATED = "sum(case when " + Ledger.LATEST_ROUND + " and " + Ledger.RATING
      + " = '%s' then 1 else 0 end) as %s";
  /**
   * A case's units of its latest round per department it had a unit on in any round (zeros for a department of an
   * earlier round only), as the rows of {@code ledger_standing_unit}.
   */
  private static final String UNITS = "select u.case_number, u.department_code, "
      + String.join(", ", OPEN_UNIT_LIGHT.formatted("GREEN", "green"), OPEN_UNIT_LIGHT.formatted("YELLOW", "yellow"),
      OPEN_UNIT_LIGHT.formatted("RED", "red"), RATED.formatted("DONE", "done"),
      RATED.formatted("ON_TRACK", "on_track"), RATED.formatted("SLOW", "slow"))
      + " from handling_unit u where %s group by u.case_number, u.department_code";
  private static final String UNIT_COLUMNS = "case_number, department_code, green, yellow, red, done, on_track, slow";

  private final JdbcClient jdbc;

  @EventListener
  void on(RequestSubmitted event) {
    changed(event.caseNumber(), false);
  }

  @EventListener
  void on(RequestStateChanged event) {
    changed(event.caseNumber(), false);
  }

  @EventListener
  void on(RequestTransferred event) {
    changed(event.caseNumber(), false);
  }

  @EventListener
  void on(ResponseLightStored event) {
    changed(event.caseNumber(), false);
  }

  @EventListener
  void on(UnitsChanged event) {
    changed(event.caseNumber(), true);
  }

  /**
   * Recomputes the case's rows from its request and the units of its latest round; removes them once the case has
   * ended (or when there is no such case).
   */
  public void refresh(String caseNumber) {
    refresh(caseNumber, true);
  }

  private void refresh(String caseNumber, boolean units) {
    // the row locked first, without writing it (a concurrent refresh of the same case waits here until this one
    // commits); then the standing read in a new statement, which sees what such a refresh committed meanwhile
    Optional<Standing> held = jdbc.sql("select light, next_deadline, submitted_at, officer_id, state"
            + " from ledger_standing where case_number = :caseNumber for update")
        .param("caseNumber", caseNumber)
        .query(CaseStandings::standing)
        .optional();
    Optional<Standing> standing = jdbc.sql("with open_case as (select r.case_number from request r "
            + "where r.case_number = :caseNumber and " + Ledger.OPEN_CASE + ") select " + STANDING
            + Ledger.FROM_OPEN_CASES)
        .param("caseNumber", caseNumber)
        .query(CaseStandings::standing)
        .optional();
    if (standing.isEmpty()) {
      if (held.isPresent()) {
        jdbc.sql("delete from ledger_standing_unit where case_number = :caseNumber").param("caseNumber", caseNumber)
            .update();
        jdbc.sql("delete from ledger_standing where case_number = :caseNumber").param("caseNumber", caseNumber)
            .update();
      }
      return;
    }
    // most steps change neither the light, the nearest time limit nor the officer: nothing to write
    if (!standing.equals(held)) {
      jdbc.sql(held.isPresent()
              ? "update ledger_standing set light = :light, next_deadline = :nextDeadline,"
                  + " submitted_at = :submittedAt, officer_id = :officer, state = :state"
                  + " where case_number = :caseNumber"
              : "insert into ledger_standing (case_number, light, next_deadline, submitted_at, officer_id, state)"
                  + " values (:caseNumber, :light, :nextDeadline, :submittedAt, :officer, :state)")
          .param("caseNumber", caseNumber)
          .param("light", standing.get().light())
          .param("nextDeadline", standing.get().nextDeadline())
          .param("submittedAt", Timestamp.from(standing.get().submittedAt()))
          .param("officer", standing.get().officerId())
          .param("state", standing.get().state())
          .update();
    }
    if (units) {
      refreshUnits(caseNumber);
    }
  }

  // the case's rows of ledger_standing_unit, rewritten when they changed
  private void refreshUnits(String caseNumber) {
    String ofCase = "case_number = :caseNumber";
    List<Map<String, Object>> kept = unitRows("select " + UNIT_COLUMNS + " from ledger_standing_unit where " + ofCase
        + " order by department_code", caseNumber);
    List<Map<String, Object>> now = unitRows(UNITS.formatted("u." + ofCase) + " order by u.department_code",
        caseNumber);
    if (!now.equals(kept)) {
      jdbc.sql("delete from ledger_standing_unit where " + ofCase).param("caseNumber", caseNumber).update();
      jdbc.sql("insert into ledger_standing_unit (" + UNIT_COLUMNS + ") " + UNITS.formatted("u." + ofCase))
          .param("caseNumber", caseNumber).update();
    }
  }

  private List<Map<String, Object>> unitRows(String sql, String caseNumber) {
    return jdbc.sql(sql).param("caseNumber", caseNumber).query((rs, n) -> {
      Map<String, Object> row = new LinkedHashMap<>();
      for (String column : UNIT_COLUMNS.split(", ")) {
        row.put(column, column.endsWith("_code") || column.equals("case_number") ? rs.getString(column)
            : Integer.valueOf(rs.getInt(column)));
      }
      return row;
    }).list();
  }

  /** Recomputes every case's rows (after bulk loads, and the oracle of the tests); answers how many cases are open. */
  public int rebuild() {
    jdbc.sql("delete from ledger_standing_unit").update();
    jdbc.sql("delete from ledger_standing").update();
    int open = jdbc.sql("insert into ledger_standing (case_number, light, next_deadline, submitted_at, officer_id,"
        + " state)"
        + " select " + STANDING + Ledger.FROM_OPEN + " where " + Ledger.OPEN_CASE).update();
    jdbc.sql("insert into ledger_standing_unit (" + UNIT_COLUMNS + ") "
        + UNITS.formatted("u.case_number in (select case_number from ledger_standing)")).update();
    return open;
  }

  /**
   * The case changed (its units too, when {@code units}): its rows are refreshed just before the transaction commits
   * (every write of the transaction done, each case once); at once when there is no transaction.
   */
  private void changed(String caseNumber, boolean units) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      refresh(caseNumber, units);
      return;
    }
    TransactionSynchronizationManager.getSynchronizations().stream()
        .filter(Refresh.class::isInstance).map(Refresh.class::cast).findFirst()
        .orElseGet(() -> {
          Refresh refresh = new Refresh();
          TransactionSynchronizationManager.registerSynchronization(refresh);
          return refresh;
        })
        .cases.merge(caseNumber, units, Boolean::logicalOr);
  }

  /** The cases a transaction changed (and whether their units did), refreshed before it commits. */
  private final class Refresh implements TransactionSynchronization {

    private final Map<String, Boolean> cases = new LinkedHashMap<>();

    @Override
    public void beforeCommit(boolean readOnly) {
      cases.forEach(CaseStandings.this::refresh);
    }
  }

  private static Standing standing(ResultSet rs, int n) throws SQLException {
    return new Standing(rs.getString("light"), rs.getObject("next_deadline", LocalDate.class),
        rs.getTimestamp("submitted_at").toInstant(), rs.getString("officer_id"), rs.getString("state"));
  }

  /** A case's row: compared as values, so that an unchanged standing is not written again. */
  private record Standing(String light, LocalDate nextDeadline, Instant submittedAt, String officerId,
      String state) {
  }
}
