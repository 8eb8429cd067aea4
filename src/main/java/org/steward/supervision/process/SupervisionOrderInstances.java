package org.steward.supervision.process;

import static org.steward.supervision.process.SupervisionOrderProcess.*;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** The engine side of a supervision order: starts its {@code supervision-order} instance. Callers check the rights. */
@Component
public class SupervisionOrderInstances {

  private final RuntimeService runtime;

  public SupervisionOrderInstances(RuntimeService runtime) {
    this.runtime = runtime;
  }

  /** Starts the order's instance; the business key is the case number, so the order's tasks count as the case's. */
  public void start(long orderId, String caseNumber, String enterpriseName) {
    runtime.startProcessInstanceByKey(ID, caseNumber, Variables.createVariables()
        .putValue(CASE_NUMBER, caseNumber)
        .putValue(ENTERPRISE_NAME, enterpriseName)
        .putValue(ORDER_ID, orderId));
  }
}
