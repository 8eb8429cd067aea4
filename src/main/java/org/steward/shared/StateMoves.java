package org.steward.shared;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A guarded state change of one of Steward's rows, in one statement: the row's {@code state} moves only from one of the
 * states given, with other columns set alongside, so two steps racing cannot both make the move. A capability wraps it
 * in its own moves and answers a refused one with its own 409, naming the state the row is in ({@link #state}).
 */
public final class StateMoves {

  private StateMoves() {
  }

  /** As {@link #move(JdbcClient, String, String, Object, Enum, Collection, Map)}, for the row with the given id. */
  public static boolean move(JdbcClient jdbc, String table, long id, Enum<?> to, Collection<? extends Enum<?>> from,
      Map<String, Object> columns) {
    return move(jdbc, table, "id", id, to, from, columns);
  }

  /**
   * Moves the row of {@code table} whose {@code keyColumn} is {@code key} to {@code to} if it is in one of
   * {@code from}, setting {@code columns} with it (table, key column and column names are the capability's constants,
   * never input, and not {@code state}, {@code key} or {@code from}); answers whether it moved.
   */
  public static boolean move(JdbcClient jdbc, String table, String keyColumn, Object key, Enum<?> to,
      Collection<? extends Enum<?>> from, Map<String, Object> columns) {
    String sets = columns.keySet().stream().map(column -> ", " + column + " = :" + column)
        .collect(Collectors.joining());
    var update = jdbc.sql("update " + table + " set state = :state" + sets + " where " + keyColumn
            + " = :key and state in (:from)")
        .param("state", to.name()).param("key", key).param("from", from.stream().map(Enum::name).toList());
    for (Map.Entry<String, Object> value : columns.entrySet()) {
      update = update.param(value.getKey(), value.getValue());
    }
    return update.update() > 0;
  }

  /** The state the row is in now, for the refusal of a move; empty when there is no such row. */
  public static Optional<String> state(JdbcClient jdbc, String table, String keyColumn, Object key) {
    return jdbc.sql("select state from " + table + " where " + keyColumn + " = :key").param("key", key)
        .query(String.class).optional();
  }
}
