package org.steward.jointoffice;

import java.util.Map;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.steward.shared.NotFound;
import org.steward.shared.StateMoves;

/**
 * The one door through which an escalation's or a common issue's state changes: a move updates the row only from a
 * state it may start in, in the same statement, so two steps racing cannot both make it; a move out of turn is refused
 * (409: {@link EscalationClosed} naming the state it is in, {@link CommonIssueAlreadyResolved}) and nothing changes.
 */
@Component
@RequiredArgsConstructor
class OfficeTransitions {

  private final JdbcClient jdbc;

  /**
   * Makes the escalation's move and sets the given columns of its row with it (column names are Steward's own
   * constants, never input).
   */
  void make(long escalationId, EscalationTransition move, Map<String, Object> columns) {
    if (!StateMoves.move(jdbc, "escalation", escalationId, move.to(), move.from(), columns)) {
      EscalationState now = jdbc.sql("select state from escalation where id = :id").param("id", escalationId)
          .query(String.class).optional().map(EscalationState::valueOf)
          .orElseThrow(() -> new NotFound("escalation", escalationId));
      throw new EscalationClosed(escalationId, now);
    }
  }

  /** Makes the common issue's move and sets the given columns of its row with it. */
  void make(long issueId, CommonIssueTransition move, Map<String, Object> columns) {
    if (!StateMoves.move(jdbc, "common_issue", issueId, move.to(), Set.of(move.from()), columns)) {
      String number = jdbc.sql("select number from common_issue where id = :id").param("id", issueId)
          .query(String.class).optional().orElseThrow(() -> new NotFound("common-issue", issueId));
      throw new CommonIssueAlreadyResolved(number);
    }
  }
}
