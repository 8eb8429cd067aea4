package org.steward.project.process;

import static org.steward.project.process.ProjectMilestonesProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.steward.project.ProjectManagement;
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
    texts.check("project.field", () -> projects.checkChase((String) task.getVariable(CHASE_NOTE)));
  }
}
