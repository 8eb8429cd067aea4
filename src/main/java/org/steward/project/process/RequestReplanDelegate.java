package org.steward.project.process;

import static org.steward.project.process.ProjectMilestonesProcess.*;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.project.MilestoneReplans;
import org.steward.project.ProjectRecords;
import org.steward.workflow.ProcessValues;

/** Records the officer's re-plan request (改期); the leader decides next. */
@Component
@RequiredArgsConstructor
class RequestReplanDelegate implements JavaDelegate {

  private final MilestoneReplans replans;
  private final ProjectRecords records;

  @Override
  public void execute(DelegateExecution execution) {
    String code = execution.getBusinessKey();
    long replanId = replans.requestReplan(code, records.currentMilestone(code),
        ProcessValues.text(execution, REQUESTED_DATE), ProcessValues.text(execution, REPLAN_REASON),
        ProcessValues.completer(execution));
    execution.setVariable(REPLAN_ID, replanId);
  }

}
