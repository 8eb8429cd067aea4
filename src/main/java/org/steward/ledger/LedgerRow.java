package org.steward.ledger;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One matter on the ledger. {@code nextDeadline} is what the ledger is sorted by: the nearest open time limit.
 * {@code supervisionOrders} are the matter's supervision orders (督办单) still awaiting their answer.
 */
public record LedgerRow(String caseNumber, Party enterprise, String category, String title, Party officer,
    Party leadUnit, OffsetDateTime responseDue, LocalDate resolutionDue, LocalDate nextDeadline, String light,
    String state, String outcome, int reopenCount, OffsetDateTime submittedAt, List<UnitRating> units,
    List<OpenSupervisionOrder> supervisionOrders) {

  /** An id with its display name (enterprise, officer, department). */
  public record Party(String id, String name) {
  }

  /** A unit of the current handover round with its rating (null for a unit that returned the matter). */
  public record UnitRating(String department, String departmentName, String role, LocalDate dueDate, String state,
      String rating) {
  }

  /** A supervision order not answered yet: whom it targets (department code or officer id), its due date and light. */
  public record OpenSupervisionOrder(long id, String targetKind, String target, LocalDate dueDate, String state,
      String light) {
  }
}
