package org.steward.project.process;

import static org.steward.project.process.ProjectMilestonesProcess.*;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.project.MilestoneLights;
import org.steward.project.ProjectRecords;

/** The escalation to the joint-meeting office was caught: recorded, the office (group joint-office) told. */
@Component
@RequiredArgsConstructor
class RecordMilestoneEscalationDelegate implements JavaDelegate {

  private final MilestoneLights lights;
  private final ProjectRecords records;

  @Override
  public void execute(DelegateExecution execution) {
    String code = execution.getBusinessKey();
    lights.escalate(code, records.currentMilestone(code));
  }

}
