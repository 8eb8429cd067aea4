package org.steward.supervision.process;

import static org.steward.supervision.process.SupervisionOrderProcess.LIGHT;
import static org.steward.supervision.process.SupervisionOrderProcess.ORDER_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.supervision.SupervisionOrders;

/** The order's due date has come: it turns yellow (黄灯预警). */
@Component
class MarkOrderNearDelegate implements JavaDelegate {

  private final SupervisionOrders orders;

  MarkOrderNearDelegate(SupervisionOrders orders) {
    this.orders = orders;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(LIGHT, orders.markNear(((Number) execution.getVariable(ORDER_ID)).longValue()).name());
  }
}
