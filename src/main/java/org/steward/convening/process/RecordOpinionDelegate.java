package org.steward.convening.process;

import static org.steward.convening.process.ConveningProcess.*;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.convening.ConveningLinks;
import org.steward.convening.ConveningOpinions;
import org.steward.workflow.ProcessValues;

/** The officer gave the opinion (提出意见): recorded, and the convener's summary brought up to date. */
@Component
@RequiredArgsConstructor
class RecordOpinionDelegate implements JavaDelegate {

  private final ConveningOpinions opinions;
  private final ConveningLinks links;

  @Override
  public void execute(DelegateExecution execution) {
    long conveningId = links.of(execution.getProcessInstanceId());
    // the opinion is the completing officer's own: whoever else completes the task (or names another opinion in a
    // variable) has no opinion in this convening and is refused
    String officer = ProcessValues.completer(execution);
    opinions.giveOpinion(opinions.opinionOf(conveningId, officer).id(), ProcessValues.text(execution, OPINION),
        officer);
    execution.getProcessInstance().setVariable(OPINION_SUMMARY, opinions.opinionSummary(conveningId));
  }
}
