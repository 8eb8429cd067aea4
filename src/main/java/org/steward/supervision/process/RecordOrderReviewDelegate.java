package org.steward.supervision.process;

import static org.steward.supervision.process.SupervisionOrderProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.supervision.OrderInstances;
import org.steward.supervision.OrderReviews;
import org.steward.workflow.Actors;

/** Records the issuer's review: accepted closes the order, rejected sends it back with the note. */
@Component
class RecordOrderReviewDelegate implements JavaDelegate {

  private final OrderReviews reviews;
  private final OrderInstances instances;

  RecordOrderReviewDelegate(OrderReviews reviews, OrderInstances instances) {
    this.reviews = reviews;
    this.instances = instances;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean accepted = reviews.review(instances.of(execution.getProcessInstanceId()),
        (String) execution.getVariable(REVIEW_RESULT), (String) execution.getVariable(REVIEW_NOTE),
        Actors.current(execution.getProcessEngineServices()));
    execution.setVariable(REVIEW_RESULT, accepted ? ACCEPTED : REJECTED);
  }
}
