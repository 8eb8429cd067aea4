package org.steward.policy.process;

import java.util.ArrayList;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.policy.PolicyDeliveries;
import org.steward.workflow.ProcessValues;

/** 汇总重点企业: the key enterprises the complete delivery reached, whose officers confirm it next. */
@Component
@RequiredArgsConstructor
class CollectKeyEnterprisesDelegate implements JavaDelegate {

  private final PolicyDeliveries deliveries;

  @Override
  public void execute(DelegateExecution execution) {
    long policy = ProcessValues.number(execution, PolicyPushProcess.POLICY_ID);
    execution.setVariable(PolicyPushProcess.KEY_ENTERPRISES,
        new ArrayList<>(deliveries.keyEnterprisesToConfirm(policy)));
  }
}
