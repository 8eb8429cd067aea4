package org.steward.convening.process;

import static org.steward.convening.process.ConveningProcess.*;

import java.util.ArrayList;
import java.util.Date;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import org.steward.convening.Convening;
import org.steward.convening.ConveningLinks;
import org.steward.convening.ConveningOpinions;
import org.steward.convening.Convenings;
import org.steward.convening.Opinion;
import org.steward.workflow.ProcessValues;

/** Reads the convening into the variables the opinion instances, the convener's task and Tasklist use. */
@Component
@RequiredArgsConstructor
class LoadConveningDelegate implements JavaDelegate {

  private final Convenings convenings;
  private final ConveningOpinions opinions;
  private final ConveningLinks links;

  @Override
  public void execute(DelegateExecution execution) {
    // the first step claims the convening: a second instance for it, or one for a concluded convening, stops here
    long conveningId = links.claim(ProcessValues.number(execution, CONVENING_ID),
        execution.getProcessInstanceId());
    Convening convening = convenings.convening(conveningId);
    // transient: the multi-instance body right after reads it in this transaction; the officers are in
    // convening_opinion
    execution.setVariable(OFFICERS, Variables.objectValue(
        new ArrayList<>(convening.opinions().stream().map(Opinion::officer).toList()), true).create());
    execution.setVariable(DUE_DATE, convening.dueDate().toString());
    execution.setVariable(DUE_AT, Date.from(opinions.dueAt(convening.dueDate())));
    execution.setVariable(OPINION_SUMMARY, opinions.opinionSummary(conveningId));
  }
}
