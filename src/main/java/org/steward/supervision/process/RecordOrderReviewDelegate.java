package org.steward.supervision.process;

import static org.steward.supervision.process.SupervisionOrderProcess.*;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.supervision.OrderInstances;
import org.steward.supervision.OrderReviews;
import org.steward.workflow.ProcessValues;

/** Records the issuer's review: accepted closes the order, rejected sends it back with the note. */
@Component
@RequiredArgsConstructor
class RecordOrderReviewDelegate implements JavaDelegate {

  private final OrderReviews reviews;
  private final OrderInstances instances;

  @Override
  public void execute(DelegateExecution execution) {
    boolean accepted = reviews.review(instances.of(execution.getProcessInstanceId()),
        ProcessValues.text(execution, REVIEW_RESULT), ProcessValues.text(execution, REVIEW_NOTE),
        ProcessValues.completer(execution));
    execution.setVariable(REVIEW_RESULT, accepted ? ACCEPTED : REJECTED);
  }
}
