package org.steward.request.process;

import static org.steward.request.process.EnterpriseRequestProcess.FIRST_ANSWER;
import static org.steward.request.process.EnterpriseRequestProcess.LIGHT;
import static org.steward.request.process.EnterpriseRequestProcess.OFFICER;
import static org.steward.request.process.EnterpriseRequestProcess.SUPERVISOR;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.deadline.Light;
import org.steward.request.RequestSteps;
import org.steward.workflow.ProcessValues;

/** 记录签收: the case is signed for; a case from the queue now has the signer as officer. */
@Component
@RequiredArgsConstructor
class RecordAcknowledgementDelegate implements JavaDelegate {

  private final RequestSteps requests;

  @Override
  public void execute(DelegateExecution execution) {
    RequestSteps.Acknowledgement result = requests.acknowledge(execution.getProcessBusinessKey(),
        ProcessValues.completer(execution), ProcessValues.text(execution, FIRST_ANSWER));
    execution.setVariable(OFFICER, result.officer());
    execution.setVariable(SUPERVISOR, result.supervisor());
    execution.setVariable(LIGHT, Light.GREEN.name());
  }
}
