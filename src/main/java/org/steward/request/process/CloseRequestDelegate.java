package org.steward.request.process;



import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.request.RequestManagement;

/** 销号: the enterprise is satisfied; the case is closed out. */
@Component
class CloseRequestDelegate implements JavaDelegate {

  private final RequestManagement requests;

  CloseRequestDelegate(RequestManagement requests) {
    this.requests = requests;
  }

  @Override
  public void execute(DelegateExecution execution) {
    requests.close(execution.getProcessBusinessKey());
  }
}
