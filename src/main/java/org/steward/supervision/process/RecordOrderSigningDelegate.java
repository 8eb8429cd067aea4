package org.steward.supervision.process;

import static org.steward.supervision.process.SupervisionOrderProcess.SIGNED;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.supervision.OrderAnswers;
import org.steward.supervision.OrderInstances;
import org.steward.workflow.ProcessValues;

/** Records that the target signed for the order (签收督办单). */
@Component
@RequiredArgsConstructor
class RecordOrderSigningDelegate implements JavaDelegate {

  private final OrderAnswers answers;
  private final OrderInstances instances;

  @Override
  public void execute(DelegateExecution execution) {
    answers.sign(instances.of(execution.getProcessInstanceId()), ProcessValues.completer(execution));
    execution.setVariable(SIGNED, true);
  }
}
