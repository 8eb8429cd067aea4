package org.steward.supervision.process;

import static org.steward.supervision.process.SupervisionOrderProcess.*;

import java.util.Date;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.supervision.SupervisionOrder;
import org.steward.supervision.OrderInstances;
import org.steward.supervision.SupervisionOrders;
import org.steward.workflow.ProcessValues;

/** Reads the order into the variables its tasks, timers and Tasklist use. */
@Component
@RequiredArgsConstructor
class LoadOrderDelegate implements JavaDelegate {

  private final SupervisionOrders orders;
  private final OrderInstances instances;

  @Override
  public void execute(DelegateExecution execution) {
    SupervisionOrder order = orders.order(instances.claim(ProcessValues.number(execution, ORDER_ID),
        execution.getProcessInstanceId()));
    execution.setVariable(TARGET_KIND, order.targetKind());
    execution.setVariable(TARGET, order.target());
    execution.setVariable(TARGET_OFFICER, TARGET_DEPARTMENT.equals(order.targetKind()) ? null : order.target());
    execution.setVariable(TARGET_NAME, order.targetName());
    execution.setVariable(ISSUER, order.issuedBy());
    execution.setVariable(ISSUER_NAME, orders.issuerName(order));
    execution.setVariable(REQUIREMENT, order.requirement());
    execution.setVariable(DUE_DATE, order.dueDate().toString());
    execution.setVariable(WARN_AT, Date.from(orders.warnAt(order.dueDate())));
    execution.setVariable(DUE_AT, Date.from(orders.dueAt(order.dueDate())));
    execution.setVariable(LIGHT, order.light().name());
    execution.setVariable(SIGNED, false);
  }
}
