package org.steward.request.process;

import static org.steward.request.process.EnterpriseRequestProcess.*;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.request.RequestConvening;
import org.steward.workflow.Choices;
import org.steward.workflow.ProcessValues;

/** 发起召集: starts the convening the officer chose; the case then waits for its conclusion by {@code conveningId}. */
@Component
@RequiredArgsConstructor
class StartConveningDelegate implements JavaDelegate {

  private final RequestConvening requests;

  @Override
  public void execute(DelegateExecution execution) {
    long id = requests.startConvening(execution.getProcessBusinessKey(),
        ProcessValues.text(execution, CONVENING_QUESTION), Choices.codesOf(execution.getVariable(CONVENING_OFFICERS)),
        execution.getVariable(CONVENING_TIME_LIMIT), ProcessValues.completer(execution));
    execution.setVariable(CONVENING_ID, id);
    execution.setVariable(CONVENING_CONCLUSION, null);
  }
}
