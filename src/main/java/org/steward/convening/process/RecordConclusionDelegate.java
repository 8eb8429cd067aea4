package org.steward.convening.process;

import static org.steward.convening.process.ConveningProcess.*;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.convening.ConveningConclusion;
import org.steward.convening.ConveningLinks;
import org.steward.workflow.ProcessValues;

/** The convener concluded: the conclusion is kept on the case and the case that convened is told. */
@Component
@RequiredArgsConstructor
class RecordConclusionDelegate implements JavaDelegate {

  private final ConveningConclusion conclusion;
  private final ConveningLinks links;

  @Override
  public void execute(DelegateExecution execution) {
    conclusion.conclude(links.of(execution.getProcessInstanceId()),
        ProcessValues.text(execution, CONCLUSION), ProcessValues.completer(execution));
  }
}
