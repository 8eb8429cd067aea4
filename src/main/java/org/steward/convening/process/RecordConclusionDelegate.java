package org.steward.convening.process;

import static org.steward.convening.process.ConveningProcess.*;


import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.convening.ConveningManagement;

/** The convener concluded: the conclusion is kept on the case and the case that convened is told. */
@Component
class RecordConclusionDelegate implements JavaDelegate {

  private final ConveningManagement convenings;

  RecordConclusionDelegate(ConveningManagement convenings) {
    this.convenings = convenings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    convenings.conclude(((Number) execution.getVariable(CONVENING_ID)).longValue(),
        (String) execution.getVariable(CONCLUSION), Actors.current(execution.getProcessEngineServices()));
  }
}
