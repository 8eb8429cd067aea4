package org.steward.project.process;

import static org.steward.project.process.ProjectMilestonesProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.project.ProjectManagement;

/** 投产 confirmed: the project's follow-up ends; its record remains. */
@Component
class FinishProjectDelegate implements JavaDelegate {

  private final ProjectManagement projects;

  FinishProjectDelegate(ProjectManagement projects) {
    this.projects = projects;
  }

  @Override
  public void execute(DelegateExecution execution) {
    projects.finish(execution.getBusinessKey());
  }
}
