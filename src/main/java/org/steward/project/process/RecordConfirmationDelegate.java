package org.steward.project.process;

import static org.steward.project.process.ProjectMilestonesProcess.*;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.project.MilestoneConfirmations;
import org.steward.project.ProjectRecords;
import org.steward.workflow.ProcessValues;

/** The officer confirmed the milestone; sets {@code finished} when it was 投产. */
@Component
@RequiredArgsConstructor
class RecordConfirmationDelegate implements JavaDelegate {

  private final MilestoneConfirmations milestones;
  private final ProjectRecords records;

  @Override
  public void execute(DelegateExecution execution) {
    String code = execution.getBusinessKey();
    boolean finished = milestones.confirmMilestone(code, records.currentMilestone(code),
        ProcessValues.text(execution, ACTUAL_DATE), ProcessValues.text(execution, NOTE),
        ProcessValues.text(execution, OVERRIDE_REASON), ProcessValues.completer(execution));
    execution.setVariable(FINISHED, finished);
  }

}
