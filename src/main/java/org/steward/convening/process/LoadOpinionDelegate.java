package org.steward.convening.process;

import static org.steward.convening.process.ConveningProcess.*;

import java.util.Date;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.convening.ConveningLinks;
import org.steward.convening.ConveningOpinions;
import org.steward.convening.Opinion;
import org.steward.workflow.ProcessValues;

/** Reads one convened officer's opinion and deadline into variables local to that officer's sub-process instance. */
@Component
@RequiredArgsConstructor
class LoadOpinionDelegate implements JavaDelegate {

  private final ConveningOpinions opinions;
  private final ConveningLinks links;

  @Override
  public void execute(DelegateExecution execution) {
    Opinion opinion = opinions.opinionOf(links.of(execution.getProcessInstanceId()),
        ProcessValues.text(execution, OFFICER));
    // local: each officer has its own deadline and opinion; the form must not see another officer's text. The light
    // goes on the officer's task when it changes (deadline.Lights), so other tasks of the convening stay out of the
    // Tasklist's light filters
    execution.setVariableLocal(OPINION_DUE_DATE, opinion.dueDate().toString());
    execution.setVariableLocal(OPINION_WARN_AT, Date.from(opinions.warnAt(opinion.dueDate())));
    execution.setVariableLocal(OPINION_DUE_AT, Date.from(opinions.dueAt(opinion.dueDate())));
    execution.setVariableLocal(OPINION, null);
  }
}
