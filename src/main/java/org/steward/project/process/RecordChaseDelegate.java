package org.steward.project.process;

import static org.steward.project.process.ProjectMilestonesProcess.*;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.project.MilestoneLights;
import org.steward.project.ProjectRecords;
import org.steward.workflow.ProcessValues;

/** Records the leader's 督促 of an overdue milestone. */
@Component
@RequiredArgsConstructor
class RecordChaseDelegate implements JavaDelegate {

  private final MilestoneLights lights;
  private final ProjectRecords records;

  @Override
  public void execute(DelegateExecution execution) {
    String code = execution.getBusinessKey();
    lights.recordChase(code, records.currentMilestone(code), ProcessValues.text(execution, CHASE_NOTE),
        ProcessValues.completer(execution));
    execution.setVariable(CHASE_NOTE, null);
  }

}
