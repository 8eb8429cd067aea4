package org.steward.handling;

import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.steward.shared.NotFound;
import org.steward.shared.StateMoves;

/**
 * The one door through which a unit's state changes: a move ({@link UnitTransition}) updates the row only from a state
 * it may start in, in the same statement, so two steps racing cannot both move it; a move out of turn is refused
 * ({@link UnitStateConflict}) and nothing changes. Each move is told as {@link UnitsChanged}.
 */
@Component
@RequiredArgsConstructor
class UnitTransitions {

  private final JdbcClient jdbc;
  private final UnitRows rows;
  private final ApplicationEventPublisher events;

  /** Makes the move. */
  void make(long unitId, UnitTransition move) {
    make(unitId, move, Map.of());
  }

  /**
   * Makes the move and sets the given columns of the unit's row with it (column names are Steward's own constants,
   * never input).
   */
  void make(long unitId, UnitTransition move, Map<String, Object> columns) {
    if (!StateMoves.move(jdbc, "handling_unit", unitId, move.to(), move.from(), columns)) {
      UnitState now = StateMoves.state(jdbc, "handling_unit", "id", unitId).map(UnitState::valueOf)
          .orElseThrow(() -> new NotFound("handling-unit", unitId));
      throw new UnitStateConflict(unitId, now, move.to());
    }
    events.publishEvent(new UnitsChanged(rows.caseNumber(unitId)));
  }
}
