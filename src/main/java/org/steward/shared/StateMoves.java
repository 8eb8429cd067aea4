package org.steward.shared;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A guarded state change of one of Steward's rows, in one statement: the row's {@code state} moves only from one of the
 * states given, with other columns set alongside, so two steps racing cannot both make the move. A capability wraps it
 * in its own moves and answers a refused one with its own 409.
 */
public final class StateMoves {

  private StateMoves() {
  }

  /**
   * Moves row {@code id} of {@code table} to {@code to} if it is in one of {@code from}, setting {@code columns} with
   * it (names are the capability's constants, never input, and not {@code state}, {@code id} or {@code from}); answers
   * whether it moved.
   */
  public static boolean move(JdbcClient jdbc, String table, long id, Enum<?> to, Collection<? extends Enum<?>> from,
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
}
