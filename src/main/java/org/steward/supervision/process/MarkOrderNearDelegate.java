package org.steward.supervision.process;

import static org.steward.supervision.process.SupervisionOrderProcess.LIGHT;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.supervision.OrderInstances;
import org.steward.supervision.SupervisionOrders;

/** The order's due date has come: it turns yellow (黄灯预警). */
@Component
class MarkOrderNearDelegate implements JavaDelegate {

  private final SupervisionOrders orders;
  private final OrderInstances instances;

  MarkOrderNearDelegate(SupervisionOrders orders, OrderInstances instances) {
    this.orders = orders;
    this.instances = instances;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(LIGHT, orders.markNear(instances.of(execution.getProcessInstanceId())).name());
  }
}
