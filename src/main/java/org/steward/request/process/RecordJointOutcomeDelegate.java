package org.steward.request.process;

import static org.steward.request.process.EnterpriseRequestProcess.*;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import org.steward.directory.StewardGroups;
import org.steward.request.RequestEscalations;
import org.steward.workflow.ProcessValues;

/**
 * 记录联席办结果: an arbitration hands the case over again to the departments the office named; a decision becomes
 * the draft reply. Tells the sub-process's first gateway where to continue (transient: read once, right after).
 */
@Component
@RequiredArgsConstructor
class RecordJointOutcomeDelegate implements JavaDelegate {

  static final String ARBITRATED = "ARBITRATED";

  private final RequestEscalations escalations;

  @Override
  public void execute(DelegateExecution execution) {
    String outcome = ProcessValues.text(execution, JOINT_OUTCOME);
    String resolution = ProcessValues.text(execution, RESOLUTION);
    escalations.recordJointOutcome(execution.getProcessBusinessKey(), outcome, resolution);
    boolean arbitrated = ARBITRATED.equals(outcome);
    if (arbitrated) {
      String arbitrator = ProcessValues.text(execution, DECIDED_BY);
      execution.setVariable(ProcessValues.COMPLETED_BY,
          Variables.stringValue(arbitrator == null ? StewardGroups.JOINT_OFFICE : arbitrator, true));
    } else {
      execution.setVariable(REPLY, resolution);
    }
    execution.setVariable(RESUME_AT, Variables.stringValue(arbitrated ? RESUME_HAND_OVER : RESUME_REPLY, true));
  }
}
