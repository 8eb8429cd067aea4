package org.steward.supervision;

import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.steward.shared.NotFound;
import org.steward.shared.StateMoves;

/**
 * The one door through which a supervision order's state changes: a move ({@link OrderTransition}) updates the row
 * only from a state it may start in, in the same statement, so two steps racing cannot both move it; a move out of
 * turn is refused ({@link SupervisionOrderNotOpen}, naming the state the order is in) and nothing changes.
 */
@Component
@RequiredArgsConstructor
class OrderTransitions {

  private final JdbcClient jdbc;

  /**
   * Makes the move and sets the given columns of the order's row with it (column names are Steward's own constants,
   * never input).
   */
  void make(long orderId, OrderTransition move, Map<String, Object> columns) {
    if (!StateMoves.move(jdbc, "supervision_order", orderId, move.to(), move.from(), columns)) {
      SupervisionOrderState now = StateMoves.state(jdbc, "supervision_order", "id", orderId)
          .map(SupervisionOrderState::valueOf).orElseThrow(() -> new NotFound("supervision-order", orderId));
      throw new SupervisionOrderNotOpen(orderId, now);
    }
  }
}
