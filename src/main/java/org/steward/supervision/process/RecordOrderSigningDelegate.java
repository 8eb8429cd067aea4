package org.steward.supervision.process;

import static org.steward.supervision.process.SupervisionOrderProcess.SIGNED;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.supervision.OrderAnswers;
import org.steward.supervision.OrderInstances;
import org.steward.workflow.Actors;

/** Records that the target signed for the order (签收督办单). */
@Component
class RecordOrderSigningDelegate implements JavaDelegate {

  private final OrderAnswers answers;
  private final OrderInstances instances;

  RecordOrderSigningDelegate(OrderAnswers answers, OrderInstances instances) {
    this.answers = answers;
    this.instances = instances;
  }

  @Override
  public void execute(DelegateExecution execution) {
    answers.sign(instances.of(execution.getProcessInstanceId()), Actors.current(execution.getProcessEngineServices()));
    execution.setVariable(SIGNED, true);
  }
}
