package org.steward.ledger;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

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
import org.steward.request.ResponseLightStored;

/**
 * The ledger's standing of each open case (table {@code ledger_standing}): its light and nearest open time limit by
 * the ledger's rules ({@link Ledger#LIGHT}, {@link Ledger#NEXT_DEADLINE}), so that the ledger's page and figures walk
 * an index instead of aggregating every open case's units. The ledger writes only this table of its own, in the
 * transaction of the write that changed a case (told by the owners' events after their write): the case's row is
 * recomputed just before that transaction commits, once however many writes it made, so that its lock is taken last.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class CaseStandings {

  private static final String STANDING = "r.case_number, " + Ledger.LIGHT + " as light, " + Ledger.NEXT_DEADLINE
      + " as next_deadline, r.submitted_at ";

  private final JdbcClient jdbc;

  @EventListener
  void on(RequestSubmitted event) {
    changed(event.caseNumber());
  }

  @EventListener
  void on(RequestStateChanged event) {
    changed(event.caseNumber());
  }

  @EventListener
  void on(ResponseLightStored event) {
    changed(event.caseNumber());
  }

  @EventListener
  void on(UnitsChanged event) {
    changed(event.caseNumber());
  }

  /**
   * Recomputes the case's row from its request and the open units of its latest round; removes it once the case has
   * ended (or when there is no such case).
   */
  public void refresh(String caseNumber) {
    // the row locked first (an update follows a concurrent one to its new version); then read in a new statement,
    // which sees what a concurrent refresh of the same case committed meanwhile
    boolean held = jdbc.sql("update ledger_standing set light = light where case_number = :caseNumber")
        .param("caseNumber", caseNumber).update() > 0;
    Optional<Standing> standing = jdbc.sql("with open_case as (select r.case_number from request r "
            + "where r.case_number = :caseNumber and " + Ledger.OPEN_CASE + ") select " + STANDING
            + Ledger.FROM_OPEN_CASES)
        .param("caseNumber", caseNumber)
        .query((rs, n) -> new Standing(rs.getString("light"), rs.getObject("next_deadline", LocalDate.class),
            rs.getTimestamp("submitted_at")))
        .optional();
    if (standing.isEmpty()) {
      if (held) {
        jdbc.sql("delete from ledger_standing where case_number = :caseNumber").param("caseNumber", caseNumber)
            .update();
      }
      return;
    }
    jdbc.sql(held
            ? "update ledger_standing set light = :light, next_deadline = :nextDeadline, submitted_at = :submittedAt"
                + " where case_number = :caseNumber"
            : "insert into ledger_standing (case_number, light, next_deadline, submitted_at)"
                + " values (:caseNumber, :light, :nextDeadline, :submittedAt)")
        .param("caseNumber", caseNumber)
        .param("light", standing.get().light())
        .param("nextDeadline", standing.get().nextDeadline())
        .param("submittedAt", standing.get().submittedAt())
        .update();
  }

  /** Recomputes every case's row (after bulk loads, and the oracle of the tests); answers how many cases are open. */
  public int rebuild() {
    jdbc.sql("delete from ledger_standing").update();
    return jdbc.sql("insert into ledger_standing (case_number, light, next_deadline, submitted_at) select " + STANDING
        + Ledger.FROM_OPEN + " where " + Ledger.OPEN_CASE).update();
  }

  /**
   * The case changed: its row is refreshed just before the transaction commits (every write of the transaction done,
   * each case once); at once when there is no transaction.
   */
  private void changed(String caseNumber) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      refresh(caseNumber);
      return;
    }
    TransactionSynchronizationManager.getSynchronizations().stream()
        .filter(Refresh.class::isInstance).map(Refresh.class::cast).findFirst()
        .orElseGet(() -> {
          Refresh refresh = new Refresh();
          TransactionSynchronizationManager.registerSynchronization(refresh);
          return refresh;
        })
        .cases.add(caseNumber);
  }

  /** The cases a transaction changed, refreshed before it commits. */
  private final class Refresh implements TransactionSynchronization {

    private final Set<String> cases = new LinkedHashSet<>();

    @Override
    public void beforeCommit(boolean readOnly) {
      cases.forEach(CaseStandings.this::refresh);
    }
  }

  private record Standing(String light, LocalDate nextDeadline, Timestamp submittedAt) {
  }
}
