package org.steward.convening.process;

import static org.steward.convening.process.ConveningProcess.*;


import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.convening.ConveningManagement;

/** The officer gave the opinion (提出意见): recorded, and the convener'\''s summary brought up to date. */
@Component
class RecordOpinionDelegate implements JavaDelegate {

  private final ConveningManagement convenings;

  RecordOpinionDelegate(ConveningManagement convenings) {
    this.convenings = convenings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long opinionId = ((Number) execution.getVariable(OPINION_ID)).longValue();
    convenings.giveOpinion(opinionId, (String) execution.getVariable(OPINION),
        Actors.current(execution.getProcessEngineServices()));
    execution.getProcessInstance().setVariable(OPINION_SUMMARY,
        convenings.opinionSummary(((Number) execution.getVariable(CONVENING_ID)).longValue()));
  }
}
