package org.steward.policy.process;

import java.util.ArrayList;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.policy.PolicyDeliveries;
import org.steward.workflow.ProcessValues;

/** 推送政策: delivers the policy to the matching enterprises; the key ones' officers confirm it next. */
@Component
@RequiredArgsConstructor
class DeliverPolicyDelegate implements JavaDelegate {

  private final PolicyDeliveries deliveries;

  @Override
  public void execute(DelegateExecution execution) {
    long policy = ProcessValues.number(execution, PolicyPushProcess.POLICY_ID);
    execution.setVariable(PolicyPushProcess.KEY_ENTERPRISES, new ArrayList<>(deliveries.deliver(policy)));
  }
}
