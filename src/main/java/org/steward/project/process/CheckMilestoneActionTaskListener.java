package org.steward.project.process;

import static org.steward.project.process.ProjectMilestonesProcess.*;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.steward.project.MilestoneConfirmations;
import org.steward.project.ProjectRecords;
import org.steward.workflow.ProcessValues;
import org.steward.workflow.TaskRefusals;

/**
 * Refuses to complete 确认里程碑 with a bad confirmation or re-plan (no actual date, an open blocking problem without an
 * override reason, a new date out of order…).
 */
@Component
@RequiredArgsConstructor
class CheckMilestoneActionTaskListener implements TaskListener {

  private final MilestoneConfirmations milestones;
  private final ProjectRecords records;
  private final TaskRefusals texts;

  @Override
  public void notify(DelegateTask task) {
    texts.check("project.field", () -> {
      String code = task.getExecution().getProcessBusinessKey();
      milestones.checkMilestoneAction(code, records.currentMilestone(code), ProcessValues.text(task, ACTION),
          ProcessValues.text(task, ACTUAL_DATE), ProcessValues.text(task, NOTE),
          ProcessValues.text(task, OVERRIDE_REASON), ProcessValues.text(task, REQUESTED_DATE),
          ProcessValues.text(task, REPLAN_REASON));
    });
  }
}
