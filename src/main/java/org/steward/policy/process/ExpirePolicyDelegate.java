package org.steward.policy.process;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.policy.Policies;
import org.steward.workflow.ProcessValues;

/** 政策到期: the policy expires; the confirmations still open end unconfirmed. */
@Component
@RequiredArgsConstructor
class ExpirePolicyDelegate implements JavaDelegate {

  private final Policies policies;

  @Override
  public void execute(DelegateExecution execution) {
    policies.expire(ProcessValues.number(execution, PolicyPushProcess.POLICY_ID));
  }
}
