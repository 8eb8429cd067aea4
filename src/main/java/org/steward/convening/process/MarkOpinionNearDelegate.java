package org.steward.convening.process;

import static org.steward.convening.process.ConveningProcess.*;


import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.convening.ConveningLinks;
import org.steward.convening.ConveningManagement;

/** The yellow timer fired: the officer's deadline is near (黄灯预警). */
@Component
class MarkOpinionNearDelegate implements JavaDelegate {

  private final ConveningManagement convenings;
  private final ConveningLinks links;

  MarkOpinionNearDelegate(ConveningManagement convenings, ConveningLinks links) {
    this.convenings = convenings;
    this.links = links;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // the opinion of this sub-process instance's officer in the convening this instance claimed
    long conveningId = links.of(execution.getProcessInstanceId());
    long opinionId = convenings.opinionOf(conveningId, (String) execution.getVariable(OFFICER)).id();
    execution.setVariable(LIGHT, convenings.markOpinionNear(opinionId));
  }
}
