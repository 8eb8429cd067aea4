package org.steward.request.process;

import static org.steward.request.process.EnterpriseRequestProcess.REOPEN_COUNT;
import static org.steward.request.process.EnterpriseRequestProcess.REOPEN_SUPERVISION_ID;
import static org.steward.request.process.EnterpriseRequestProcess.RETURN_REASONS;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.request.RequestRatings;

/** 重办: the case goes back to the officer's decision; from the second time on under supervision. */
@Component
@RequiredArgsConstructor
class ReopenRequestDelegate implements JavaDelegate {

  private final RequestRatings ratings;

  @Override
  public void execute(DelegateExecution execution) {
    RequestRatings.Reopening result = ratings.reopen(execution.getProcessBusinessKey());
    execution.setVariable(REOPEN_COUNT, result.reopenCount());
    execution.setVariable(RETURN_REASONS, result.returnReasons());
    execution.setVariable(REOPEN_SUPERVISION_ID, result.supervisionItemId());
  }
}
