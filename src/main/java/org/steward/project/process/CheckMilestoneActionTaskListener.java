package org.steward.project.process;

import static org.steward.project.process.ProjectMilestonesProcess.*;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.steward.project.MilestoneConfirmations;
import org.steward.project.ProjectRecords;
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
      milestones.checkMilestoneAction(code, records.currentMilestone(code), (String) task.getVariable(ACTION),
          (String) task.getVariable(ACTUAL_DATE), (String) task.getVariable(NOTE),
          (String) task.getVariable(OVERRIDE_REASON), (String) task.getVariable(REQUESTED_DATE),
          (String) task.getVariable(REPLAN_REASON));
    });
  }
}
