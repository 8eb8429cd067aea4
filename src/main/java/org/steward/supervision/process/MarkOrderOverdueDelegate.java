package org.steward.supervision.process;

import static org.steward.supervision.process.SupervisionOrderProcess.LIGHT;
import static org.steward.supervision.process.SupervisionOrderProcess.ORDER_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.supervision.SupervisionOrders;

/** The order's due date has passed without an answer: it turns red (红灯). */
@Component
class MarkOrderOverdueDelegate implements JavaDelegate {

  private final SupervisionOrders orders;

  MarkOrderOverdueDelegate(SupervisionOrders orders) {
    this.orders = orders;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(LIGHT, orders.markOverdue(((Number) execution.getVariable(ORDER_ID)).longValue()).name());
  }
}
