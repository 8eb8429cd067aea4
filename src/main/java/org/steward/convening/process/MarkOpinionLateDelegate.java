package org.steward.convening.process;

import static org.steward.convening.process.ConveningProcess.*;


import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.convening.ConveningManagement;

/** The red timer fired: the officer missed the deadline and is flagged late on the case (红灯). */
@Component
class MarkOpinionLateDelegate implements JavaDelegate {

  private final ConveningManagement convenings;

  MarkOpinionLateDelegate(ConveningManagement convenings) {
    this.convenings = convenings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(LIGHT, convenings.markOpinionLate(((Number) execution.getVariable(OPINION_ID)).longValue()));
  }
}
