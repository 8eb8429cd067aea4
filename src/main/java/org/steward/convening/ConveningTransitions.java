package org.steward.convening;

import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one door through which a convening's or an opinion's state changes: a move updates the row only from the state
 * it starts in, in the same statement, so two steps racing cannot both make it; a move out of turn is refused
 * ({@link ConveningClosed}, 409) and nothing changes.
 */
@Component
class ConveningTransitions {

  private final JdbcClient jdbc;

  ConveningTransitions(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Makes the convening's move and sets the given columns (Steward's own names, never input) with it. */
  void make(long conveningId, ConveningTransition move, Map<String, Object> columns) {
    if (!moved("convening", conveningId, move.to(), move.from(), columns)) {
      throw new ConveningClosed(conveningId);
    }
  }

  /** Makes the opinion's move in its convening and sets the given columns with it. */
  void make(long conveningId, long opinionId, OpinionTransition move, Map<String, Object> columns) {
    if (!moved("convening_opinion", opinionId, move.to(), move.from(), columns)) {
      throw new ConveningClosed(conveningId);
    }
  }

  private boolean moved(String table, long id, Enum<?> to, Enum<?> from, Map<String, Object> columns) {
    String sets = columns.keySet().stream().map(column -> ", " + column + " = :" + column)
        .collect(Collectors.joining());
    var update = jdbc.sql("update " + table + " set state = :state" + sets + " where id = :id and state = :from")
        .param("state", to.name()).param("id", id).param("from", from.name());
    for (Map.Entry<String, Object> value : columns.entrySet()) {
      update = update.param(value.getKey(), value.getValue());
    }
    return update.update() > 0;
  }
}
