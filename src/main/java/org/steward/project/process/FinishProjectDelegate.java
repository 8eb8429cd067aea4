package org.steward.project.process;

import static org.steward.project.process.ProjectMilestonesProcess.*;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.project.MilestoneConfirmations;

/** 投产 confirmed: the project's follow-up ends; its record remains. */
@Component
@RequiredArgsConstructor
class FinishProjectDelegate implements JavaDelegate {

  private final MilestoneConfirmations milestones;

  @Override
  public void execute(DelegateExecution execution) {
    milestones.finish(execution.getBusinessKey());
  }
}
