package org.steward.request.process;

import static org.steward.request.process.EnterpriseRequestProcess.ANY_RETURNED_VARIABLE;
import static org.steward.request.process.EnterpriseRequestProcess.FEEDBACK_SUMMARY;
import static org.steward.request.process.EnterpriseRequestProcess.RETURN_REASONS;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import org.steward.request.RequestHandOver;

/** 评估办理结果: whether a unit returned the matter, else the feedback for the lead department to consolidate. */
@Component
@RequiredArgsConstructor
class AssessHandlingDelegate implements JavaDelegate {

  private final RequestHandOver requests;

  @Override
  public void execute(DelegateExecution execution) {
    RequestHandOver.Assessment result = requests.assessHandling(execution.getProcessBusinessKey());
    // transient: only the gateway right after reads it
    execution.setVariable(ANY_RETURNED_VARIABLE, Variables.booleanValue(result.anyReturned(), true));
    execution.setVariable(FEEDBACK_SUMMARY, result.feedbackSummary());
    execution.setVariable(RETURN_REASONS, result.returnReasons());
  }
}
