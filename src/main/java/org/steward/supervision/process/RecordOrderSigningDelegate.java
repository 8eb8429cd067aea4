package org.steward.supervision.process;

import static org.steward.supervision.process.SupervisionOrderProcess.ORDER_ID;
import static org.steward.supervision.process.SupervisionOrderProcess.SIGNED;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.supervision.SupervisionOrders;

/** Records that the target signed for the order (签收督办单). */
@Component
class RecordOrderSigningDelegate implements JavaDelegate {

  private final SupervisionOrders orders;

  RecordOrderSigningDelegate(SupervisionOrders orders) {
    this.orders = orders;
  }

  @Override
  public void execute(DelegateExecution execution) {
    orders.sign(((Number) execution.getVariable(ORDER_ID)).longValue(), Actors.current(execution.getProcessEngineServices()));
    execution.setVariable(SIGNED, true);
  }
}
