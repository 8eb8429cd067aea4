package org.steward.ledger;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One line of the coordination items list (协调事项明细表): a matter with one of its handling units (any round), or a
 * matter without units with {@code unit} null. {@code openSupervisionOrders} counts its supervision orders (督办单)
 * awaiting their answer. Codes as stored (states, outcome, light, rating); times in Asia/Shanghai.
 */
public record LedgerLine(String caseNumber, String enterpriseName, String category, String title, String officerName,
    String state, String outcome, OffsetDateTime submittedAt, OffsetDateTime responseDue,
    OffsetDateTime acknowledgedAt, LocalDate resolutionDue, String light, int reopenCount, String satisfaction,
    OffsetDateTime closedAt, int openSupervisionOrders, Unit unit) {

  /** A handling unit; {@code rating} as the ledger shows it (null for a unit that returned the matter). */
  public record Unit(int round, String departmentName, String role, OffsetDateTime handedOverAt, LocalDate dueDate,
      String state, String light, String rating, OffsetDateTime finishedAt, String feedback, String returnReason) {
  }
}
