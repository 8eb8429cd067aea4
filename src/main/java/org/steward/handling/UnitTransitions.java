package org.steward.handling;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.steward.shared.NotFound;

/**
 * The one door through which a unit's state changes: a move ({@link UnitTransition}) updates the row only from a state
 * it may start in, in the same statement, so two steps racing cannot both move it; a move out of turn is refused
 * ({@link UnitStateConflict}) and nothing changes.
 */
@Component
@RequiredArgsConstructor
class UnitTransitions {

  private final JdbcClient jdbc;

  /** Makes the move. */
  void make(long unitId, UnitTransition move) {
    make(unitId, move, Map.of());
  }

  /**
   * Makes the move and sets the given columns of the unit's row with it (column names are Steward's own constants,
   * never input).
   */
  void make(long unitId, UnitTransition move, Map<String, Object> columns) {
    Map<String, Object> values = new LinkedHashMap<>(columns);
    String sets = values.keySet().stream().map(column -> ", " + column + " = :" + column)
        .collect(Collectors.joining());
    var update = jdbc.sql("update handling_unit set state = :state" + sets + " where id = :id and state in (:from)")
        .param("state", move.to().name()).param("id", unitId)
        .param("from", move.from().stream().map(Enum::name).toList());
    for (Map.Entry<String, Object> value : values.entrySet()) {
      update = update.param(value.getKey(), value.getValue());
    }
    if (update.update() == 0) {
      UnitState now = jdbc.sql("select state from handling_unit where id = :id").param("id", unitId)
          .query(String.class).optional().map(UnitState::valueOf)
          .orElseThrow(() -> new NotFound("handling-unit", unitId));
      throw new UnitStateConflict(unitId, now, move.to());
    }
  }
}
