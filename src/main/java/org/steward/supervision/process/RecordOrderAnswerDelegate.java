package org.steward.supervision.process;

import static org.steward.supervision.process.SupervisionOrderProcess.ANSWER;
import static org.steward.supervision.process.SupervisionOrderProcess.ORDER_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.supervision.SupervisionOrders;

/** Records the target's answer (反馈督办情况) for the issuer to review. */
@Component
class RecordOrderAnswerDelegate implements JavaDelegate {

  private final SupervisionOrders orders;

  RecordOrderAnswerDelegate(SupervisionOrders orders) {
    this.orders = orders;
  }

  @Override
  public void execute(DelegateExecution execution) {
    orders.answer(((Number) execution.getVariable(ORDER_ID)).longValue(), (String) execution.getVariable(ANSWER),
        Actors.current(execution.getProcessEngineServices()));
  }
}
