package org.steward.supervision.process;

import static org.steward.supervision.process.SupervisionOrderProcess.REVIEW_NOTE;
import static org.steward.supervision.process.SupervisionOrderProcess.REVIEW_RESULT;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.steward.supervision.OrderReviews;
import org.steward.workflow.ProcessValues;
import org.steward.workflow.TaskRefusals;

/** Refuses to complete 审核督办反馈 without a result, or a rejection without a note. */
@Component
@RequiredArgsConstructor
class CheckOrderReviewTaskListener implements TaskListener {

  private final OrderReviews reviews;
  private final TaskRefusals texts;

  @Override
  public void notify(DelegateTask task) {
    texts.check("supervision.field", () -> {
      reviews.checkReview(ProcessValues.text(task, REVIEW_RESULT), ProcessValues.text(task, REVIEW_NOTE));
    });
  }
}
