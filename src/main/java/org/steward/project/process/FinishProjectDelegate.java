package org.steward.project.process;

import static org.steward.project.process.ProjectMilestonesProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.project.MilestoneConfirmations;

/** 投产 confirmed: the project's follow-up ends; its record remains. */
@Component
class FinishProjectDelegate implements JavaDelegate {

  private final MilestoneConfirmations milestones;

  FinishProjectDelegate(MilestoneConfirmations milestones) {
    this.milestones = milestones;
  }

  @Override
  public void execute(DelegateExecution execution) {
    milestones.finish(execution.getBusinessKey());
  }
}
