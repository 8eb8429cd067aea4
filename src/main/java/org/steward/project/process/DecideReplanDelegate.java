package org.steward.project.process;

import static org.steward.project.process.ProjectMilestonesProcess.*;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.project.MilestoneReplans;
import org.steward.project.ProjectRecords;
import org.steward.workflow.ProcessValues;

/** Records the leader's decision on a re-plan; approved, the milestone is followed again against its new date. */
@Component
@RequiredArgsConstructor
class DecideReplanDelegate implements JavaDelegate {

  private final MilestoneReplans replans;
  private final ProjectRecords records;

  @Override
  public void execute(DelegateExecution execution) {
    boolean approved = replans.decideReplan(records.pendingReplan(execution.getBusinessKey()),
        ProcessValues.text(execution, REPLAN_DECISION), ProcessValues.text(execution, DECISION_NOTE),
        ProcessValues.completer(execution));
    execution.setVariable(FINISHED, false);
    execution.setVariable(REPLAN_APPROVED, approved);
    // a rejected re-plan sends the officer back to 确认里程碑, which must start from empty answers
    for (String formVariable : LoadMilestoneDelegate.FORM_VARIABLES) {
      execution.setVariable(formVariable, null);
    }
  }
}
