package org.steward.project.process;

import static org.steward.project.process.ProjectMilestonesProcess.*;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.steward.project.MilestoneReplans;
import org.steward.workflow.ProcessValues;
import org.steward.workflow.TaskRefusals;

/** Refuses to complete 审批改期申请 without a decision, or a rejection without its reason. */
@Component
@RequiredArgsConstructor
class CheckReplanDecisionTaskListener implements TaskListener {

  private final MilestoneReplans replans;
  private final TaskRefusals texts;

  @Override
  public void notify(DelegateTask task) {
    texts.check("project.field", () -> {
      replans.checkReplanDecision(ProcessValues.text(task, REPLAN_DECISION),
          ProcessValues.text(task, DECISION_NOTE));
    });
  }
}
