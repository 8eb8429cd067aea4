package org.steward.project.process;

import static org.steward.project.process.ProjectMilestonesProcess.*;

import java.util.Date;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.project.MilestoneClock;
import org.steward.project.MilestoneConfirmations;

/**
 * Reads the milestone the project waits for (the first unconfirmed one, with its plan in force) into the variables the
 * tasks, forms and timers use; with none left, sets {@code finished}.
 */
@Component
@RequiredArgsConstructor
class LoadMilestoneDelegate implements JavaDelegate {

  static final String[] FORM_VARIABLES = {ACTION, ACTUAL_DATE, NOTE, OVERRIDE_REASON, REQUESTED_DATE, REPLAN_REASON,
      REPLAN_ID, REPLAN_DECISION, DECISION_NOTE};

  private final MilestoneConfirmations milestones;

  @Override
  public void execute(DelegateExecution execution) {
    MilestoneClock clock = milestones.currentMilestone(execution.getBusinessKey()).orElseThrow(
        () -> new IllegalStateException("Project " + execution.getBusinessKey() + " has no milestone left"));
    execution.setVariable(MILESTONE, clock.milestone().name());
    execution.setVariable(MILESTONE_LABEL, clock.milestone().label());
    execution.setVariable(PLANNED_DATE, clock.deadline().dueDate().toString());
    execution.setVariable(MILESTONE_WARN_AT, Date.from(clock.deadline().warnAt()));
    execution.setVariable(MILESTONE_DUE_AT, Date.from(clock.deadline().dueAt()));
    execution.setVariable(ESCALATE_AT, Date.from(clock.escalateAt()));
    execution.setVariable(OFFICER, clock.officer());
    execution.setVariable(LEADER, clock.leader());
    execution.setVariable(FINISHED, false);
    // the officer's and the leader's form values of the milestone before must not be read as this one's
    for (String formVariable : FORM_VARIABLES) {
      execution.setVariable(formVariable, null);
    }
  }
}
