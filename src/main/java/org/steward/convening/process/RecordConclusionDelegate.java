package org.steward.convening.process;

import static org.steward.convening.process.ConveningProcess.*;


import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.convening.ConveningConclusion;
import org.steward.convening.ConveningLinks;
import org.steward.workflow.Actors;

/** The convener concluded: the conclusion is kept on the case and the case that convened is told. */
@Component
class RecordConclusionDelegate implements JavaDelegate {

  private final ConveningConclusion conclusion;
  private final ConveningLinks links;

  RecordConclusionDelegate(ConveningConclusion conclusion, ConveningLinks links) {
    this.conclusion = conclusion;
    this.links = links;
  }

  @Override
  public void execute(DelegateExecution execution) {
    conclusion.conclude(links.of(execution.getProcessInstanceId()),
        (String) execution.getVariable(CONCLUSION), Actors.current(execution.getProcessEngineServices()));
  }
}
