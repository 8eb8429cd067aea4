package org.steward.request;

import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.steward.shared.NotFound;
import org.steward.shared.StateMoves;

/**
 * The one door through which a case's state changes: a move ({@link RequestTransition}) updates the row only from a
 * state it may start in, in the same statement, so two steps racing cannot both move it; a move out of turn is refused
 * ({@link RequestStateConflict}) and nothing changes. Each move is told as {@link RequestStateChanged}.
 */
@Component
@RequiredArgsConstructor
class RequestTransitions {

  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;

  /** Makes the move. */
  void make(String caseNumber, RequestTransition move) {
    make(caseNumber, move, Map.of());
  }

  /**
   * Makes the move and sets the given columns of the case's row with it (column names are Steward's own constants,
   * never input).
   */
  void make(String caseNumber, RequestTransition move, Map<String, Object> columns) {
    if (!StateMoves.move(jdbc, "request", "case_number", caseNumber, move.to(), move.from(), columns)) {
      RequestState now = StateMoves.state(jdbc, "request", "case_number", caseNumber).map(RequestState::valueOf)
          .orElseThrow(() -> new NotFound("request", caseNumber));
      throw new RequestStateConflict(caseNumber, now, move.to());
    }
    events.publishEvent(new RequestStateChanged(caseNumber, move.to()));
  }
}
