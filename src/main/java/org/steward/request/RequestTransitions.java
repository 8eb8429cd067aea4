package org.steward.request;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.steward.shared.NotFound;

/**
 * The one door through which a case's state changes: a move ({@link RequestTransition}) updates the row only from a
 * state it may start in, in the same statement, so two steps racing cannot both move it; a move out of turn is refused
 * ({@link RequestStateConflict}) and nothing changes.
 */
@Component
@RequiredArgsConstructor
class RequestTransitions {

  private final JdbcClient jdbc;

  /** Makes the move. */
  void make(String caseNumber, RequestTransition move) {
    make(caseNumber, move, Map.of());
  }

  /**
   * Makes the move and sets the given columns of the case's row with it (column names are Steward's own constants,
   * never input).
   */
  void make(String caseNumber, RequestTransition move, Map<String, Object> columns) {
    Map<String, Object> values = new LinkedHashMap<>(columns);
    String sets = values.keySet().stream().map(column -> ", " + column + " = :" + column)
        .collect(Collectors.joining());
    var update = jdbc.sql("update request set state = :state" + sets
            + " where case_number = :caseNumber and state in (:from)")
        .param("state", move.to().name()).param("caseNumber", caseNumber)
        .param("from", move.from().stream().map(Enum::name).toList());
    for (Map.Entry<String, Object> value : values.entrySet()) {
      update = update.param(value.getKey(), value.getValue());
    }
    if (update.update() == 0) {
      RequestState now = jdbc.sql("select state from request where case_number = :caseNumber")
          .param("caseNumber", caseNumber).query(String.class).optional().map(RequestState::valueOf)
          .orElseThrow(() -> new NotFound("request", caseNumber));
      throw new RequestStateConflict(caseNumber, now, move.to());
    }
  }
}
