package org.steward.project.process;

import static org.steward.project.process.ProjectMilestonesProcess.*;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.project.MilestoneConfirmations;
import org.steward.project.ProjectRecords;
import org.steward.workflow.Actors;

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
        (String) execution.getVariable(ACTUAL_DATE), (String) execution.getVariable(NOTE),
        (String) execution.getVariable(OVERRIDE_REASON), Actors.current(execution.getProcessEngineServices()));
    execution.setVariable(FINISHED, finished);
  }

}
