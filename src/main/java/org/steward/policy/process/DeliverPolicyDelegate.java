package org.steward.policy.process;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import org.steward.policy.PolicyDeliveries;
import org.steward.workflow.ProcessValues;

/**
 * 推送一批企业: delivers the policy to the next batch of matching enterprises after {@code deliveredUpTo}, moves that
 * cursor on, and tells the gateway whether more may match ({@code moreToDeliver}, transient).
 */
@Component
@RequiredArgsConstructor
class DeliverPolicyDelegate implements JavaDelegate {

  private final PolicyDeliveries deliveries;

  @Override
  public void execute(DelegateExecution execution) {
    PolicyDeliveries.Batch batch = deliveries.deliverBatch(ProcessValues.number(execution, PolicyPushProcess.POLICY_ID),
        ProcessValues.number(execution, PolicyPushProcess.DELIVERED_UP_TO));
    execution.setVariable(PolicyPushProcess.DELIVERED_UP_TO, batch.lastId());
    execution.setVariable(PolicyPushProcess.MORE_TO_DELIVER_FLAG, Variables.booleanValue(batch.more(), true));
  }
}
