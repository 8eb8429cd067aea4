package org.steward.request.process;



import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.request.RequestRatings;

/** 销号: the enterprise is satisfied; the case is closed out. */
@Component
class CloseRequestDelegate implements JavaDelegate {

  private final RequestRatings ratings;

  CloseRequestDelegate(RequestRatings ratings) {
    this.ratings = ratings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ratings.close(execution.getProcessBusinessKey());
  }
}
