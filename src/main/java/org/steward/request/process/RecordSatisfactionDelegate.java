package org.steward.request.process;

import static org.steward.request.process.EnterpriseRequestProcess.COMPLETED_BY;
import static org.steward.request.process.EnterpriseRequestProcess.RATED_BY;
import static org.steward.request.process.EnterpriseRequestProcess.SATISFACTION;
import static org.steward.request.process.EnterpriseRequestProcess.SATISFACTION_COMMENT;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.request.RequestManagement;

/** 记录满意度: from the return-visit task, or from the enterprise's own rating (then ratedBy names the rater). */
@Component
class RecordSatisfactionDelegate implements JavaDelegate {

  private final RequestManagement requests;

  RecordSatisfactionDelegate(RequestManagement requests) {
    this.requests = requests;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object ratedBy = execution.getVariable(RATED_BY);
    requests.recordSatisfaction(execution.getProcessBusinessKey(), (String) execution.getVariable(SATISFACTION),
        (String) execution.getVariable(SATISFACTION_COMMENT),
        (String) (ratedBy != null ? ratedBy : execution.getVariable(COMPLETED_BY)));
    // consumed: a later return-visit task must not be credited to this rater
    execution.setVariable(RATED_BY, null);
  }
}
