package org.steward.request.process;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.steward.request.RequestRatings;
import org.steward.workflow.ProcessValues;
import org.steward.workflow.TaskRefusals;

/** Refuses to complete 回访 without a known satisfaction (满意 / 基本满意 / 不满意) or with an over-long comment. */
@Component
@RequiredArgsConstructor
class ReturnVisitTaskListener implements TaskListener {

  private final RequestRatings ratings;
  private final TaskRefusals problems;

  @Override
  public void notify(DelegateTask task) {
    problems.check("request.field", () -> {
      ratings.checkSatisfaction(ProcessValues.text(task, EnterpriseRequestProcess.SATISFACTION),
          ProcessValues.text(task, EnterpriseRequestProcess.SATISFACTION_COMMENT));
    });
  }
}
