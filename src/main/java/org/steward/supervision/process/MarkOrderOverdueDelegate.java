package org.steward.supervision.process;

import static org.steward.supervision.process.SupervisionOrderProcess.LIGHT;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.supervision.OrderInstances;
import org.steward.supervision.SupervisionOrders;

/** The order's due date has passed without an answer: it turns red (红灯). */
@Component
class MarkOrderOverdueDelegate implements JavaDelegate {

  private final SupervisionOrders orders;
  private final OrderInstances instances;

  MarkOrderOverdueDelegate(SupervisionOrders orders, OrderInstances instances) {
    this.orders = orders;
    this.instances = instances;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(LIGHT, orders.markOverdue(instances.of(execution.getProcessInstanceId())).name());
  }
}
