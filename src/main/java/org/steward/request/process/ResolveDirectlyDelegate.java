package org.steward.request.process;

import static org.steward.request.process.EnterpriseRequestProcess.ANSWER;
import static org.steward.request.process.EnterpriseRequestProcess.REPLY;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.request.RequestSteps;
import org.steward.workflow.ProcessValues;

/** 即时解决: the officer's answer is the reply to the enterprise. */
@Component
@RequiredArgsConstructor
class ResolveDirectlyDelegate implements JavaDelegate {

  private final RequestSteps requests;

  @Override
  public void execute(DelegateExecution execution) {
    requests.resolveDirectly(execution.getProcessBusinessKey(), ProcessValues.text(execution, ANSWER),
        ProcessValues.completer(execution));
    execution.setVariable(REPLY, execution.getVariable(ANSWER));
  }
}
