package org.steward.supervision;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.steward.shared.NotFound;

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
    Map<String, Object> values = new LinkedHashMap<>(columns);
    String sets = values.keySet().stream().map(column -> ", " + column + " = :" + column)
        .collect(Collectors.joining());
    var update = jdbc.sql("update supervision_order set state = :state" + sets
            + " where id = :id and state in (:from)")
        .param("state", move.to().name()).param("id", orderId)
        .param("from", move.from().stream().map(Enum::name).toList());
    for (Map.Entry<String, Object> value : values.entrySet()) {
      update = update.param(value.getKey(), value.getValue());
    }
    if (update.update() == 0) {
      SupervisionOrderState now = jdbc.sql("select state from supervision_order where id = :id").param("id", orderId)
          .query(String.class).optional().map(SupervisionOrderState::valueOf)
          .orElseThrow(() -> new NotFound("supervision-order", orderId));
      throw new SupervisionOrderNotOpen(orderId, now);
    }
  }
}
