package org.steward.jointoffice;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.steward.shared.NotFound;

/**
 * The one door through which an escalation's or a common issue's state changes: a move updates the row only from a
 * state it may start in, in the same statement, so two steps racing cannot both make it; a move out of turn is refused
 * (409: {@link EscalationClosed} naming the state it is in, {@link CommonIssueAlreadyResolved}) and nothing changes.
 */
@Component
class OfficeTransitions {

  private final JdbcClient jdbc;

  OfficeTransitions(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Makes the escalation's move and sets the given columns of its row with it (column names are Steward's own
   * constants, never input).
   */
  void make(long escalationId, EscalationTransition move, Map<String, Object> columns) {
    if (!moved("escalation", escalationId, move.to(), move.from(), columns)) {
      throw new EscalationClosed(escalationId, EscalationState.valueOf(state("escalation", escalationId)));
    }
  }

  /** Makes the common issue's move and sets the given columns of its row with it. */
  void make(long issueId, CommonIssueTransition move, Map<String, Object> columns) {
    if (!moved("common_issue", issueId, move.to(), Set.of(move.from()), columns)) {
      state("common_issue", issueId);
      throw new CommonIssueAlreadyResolved(jdbc.sql("select number from common_issue where id = :id")
          .param("id", issueId).query(String.class).single());
    }
  }

  private boolean moved(String table, long id, Enum<?> to, Collection<? extends Enum<?>> from,
      Map<String, Object> columns) {
    String sets = columns.keySet().stream().map(column -> ", " + column + " = :" + column)
        .collect(Collectors.joining());
    var update = jdbc.sql("update " + table + " set state = :state" + sets + " where id = :id and state in (:from)")
        .param("state", to.name()).param("id", id).param("from", from.stream().map(Enum::name).toList());
    for (Map.Entry<String, Object> value : columns.entrySet()) {
      update = update.param(value.getKey(), value.getValue());
    }
    return update.update() > 0;
  }

  private String state(String table, long id) {
    return jdbc.sql("select state from " + table + " where id = :id").param("id", id).query(String.class).optional()
        .orElseThrow(() -> new NotFound(table.replace('_', '-'), id));
  }
}
