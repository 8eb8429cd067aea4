package org.steward.project.process;

import static org.steward.project.process.ProjectMilestonesProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.steward.project.ProjectManagement;
import org.steward.shared.InvalidInput;
import org.steward.workflow.TaskRefusals;

/** Refuses to complete 督促里程碑 without the leader's note. */
@Component
class CheckChaseNoteTaskListener implements TaskListener {

  private final ProjectManagement projects;
  private final TaskRefusals texts;

  CheckChaseNoteTaskListener(ProjectManagement projects, TaskRefusals texts) {
    this.projects = projects;
    this.texts = texts;
  }

  @Override
  public void notify(DelegateTask task) {
    try {
      projects.checkChase((String) task.getVariable(CHASE_NOTE));
    } catch (InvalidInput invalid) {
      throw texts.refusal(invalid, "project.field");
    }
  }
}
