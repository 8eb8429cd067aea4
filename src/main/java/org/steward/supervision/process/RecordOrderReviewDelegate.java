package org.steward.supervision.process;

import static org.steward.supervision.process.SupervisionOrderProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.supervision.SupervisionOrders;

/** Records the issuer's review: accepted closes the order, rejected sends it back with the note. */
@Component
class RecordOrderReviewDelegate implements JavaDelegate {

  private final SupervisionOrders orders;

  RecordOrderReviewDelegate(SupervisionOrders orders) {
    this.orders = orders;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean accepted = orders.review(((Number) execution.getVariable(ORDER_ID)).longValue(),
        (String) execution.getVariable(REVIEW_RESULT), (String) execution.getVariable(REVIEW_NOTE),
        Actors.current(execution.getProcessEngineServices()));
    execution.setVariable(REVIEW_RESULT, accepted ? ACCEPTED : REJECTED);
  }
}
