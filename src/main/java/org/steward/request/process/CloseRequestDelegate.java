package org.steward.request.process;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.request.RequestRatings;

/** 销号: the enterprise is satisfied; the case is closed out. */
@Component
@RequiredArgsConstructor
class CloseRequestDelegate implements JavaDelegate {

  private final RequestRatings ratings;

  @Override
  public void execute(DelegateExecution execution) {
    ratings.close(execution.getProcessBusinessKey());
  }
}
