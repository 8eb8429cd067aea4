package org.steward.policy.process;

import java.util.Date;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.directory.DirectoryManagement;
import org.steward.directory.Enterprise;
import org.steward.policy.PolicyConfirmations;
import org.steward.workflow.ProcessValues;

/** 生成送达确认: opens this key enterprise's confirmation; its officer, deadline and name for the task. */
@Component
@RequiredArgsConstructor
class OpenPolicyConfirmationDelegate implements JavaDelegate {

  private final PolicyConfirmations confirmations;
  private final DirectoryManagement directory;

  @Override
  public void execute(DelegateExecution execution) {
    long enterprise = ProcessValues.number(execution, PolicyPushProcess.ENTERPRISE_ID);
    PolicyConfirmations.Opened opened = confirmations.open(
        ProcessValues.number(execution, PolicyPushProcess.POLICY_ID), enterprise);
    execution.setVariableLocal(PolicyPushProcess.CONFIRMATION_ID, opened.id());
    execution.setVariableLocal(PolicyPushProcess.OFFICER, opened.officer());
    execution.setVariableLocal(PolicyPushProcess.WARN_AT, Date.from(opened.deadline().warnAt()));
    execution.setVariableLocal(PolicyPushProcess.DUE_AT, Date.from(opened.deadline().dueAt()));
    execution.setVariableLocal(PolicyPushProcess.ENTERPRISE_NAME,
        directory.enterprise(enterprise).map(Enterprise::name).orElse(null));
  }
}
