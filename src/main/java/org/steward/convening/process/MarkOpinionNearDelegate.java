package org.steward.convening.process;

import static org.steward.convening.process.ConveningProcess.*;


import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.convening.ConveningManagement;

/** The yellow timer fired: the officer'\''s deadline is near (黄灯预警). */
@Component
class MarkOpinionNearDelegate implements JavaDelegate {

  private final ConveningManagement convenings;

  MarkOpinionNearDelegate(ConveningManagement convenings) {
    this.convenings = convenings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(LIGHT, convenings.markOpinionNear(((Number) execution.getVariable(OPINION_ID)).longValue()));
  }
}
