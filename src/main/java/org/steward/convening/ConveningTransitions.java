package org.steward.convening;

import java.util.Map;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.steward.shared.StateMoves;

/**
 * The one door through which a convening's or an opinion's state changes: a move updates the row only from the state
 * it starts in, in the same statement, so two steps racing cannot both make it; a move out of turn is refused
 * ({@link ConveningClosed}, 409) and nothing changes.
 */
@Component
@RequiredArgsConstructor
class ConveningTransitions {

  private final JdbcClient jdbc;

  /** Makes the convening's move and sets the given columns (Steward's own names, never input) with it. */
  void make(long conveningId, ConveningTransition move, Map<String, Object> columns) {
    if (!StateMoves.move(jdbc, "convening", conveningId, move.to(), Set.of(move.from()), columns)) {
      throw new ConveningClosed(conveningId);
    }
  }

  /** Makes the opinion's move in its convening and sets the given columns with it. */
  void make(long conveningId, long opinionId, OpinionTransition move, Map<String, Object> columns) {
    if (!StateMoves.move(jdbc, "convening_opinion", opinionId, move.to(), Set.of(move.from()), columns)) {
      throw new ConveningClosed(conveningId);
    }
  }
}
