package org.steward.project.process;

import static org.steward.project.process.ProjectMilestonesProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.steward.project.MilestoneLights;
import org.steward.workflow.TaskRefusals;

/** Refuses to complete 督促里程碑 without the leader's note. */
@Component
class CheckChaseNoteTaskListener implements TaskListener {

  private final MilestoneLights lights;
  private final TaskRefusals texts;

  CheckChaseNoteTaskListener(MilestoneLights lights, TaskRefusals texts) {
    this.lights = lights;
    this.texts = texts;
  }

  @Override
  public void notify(DelegateTask task) {
    texts.check("project.field", () -> lights.checkChase((String) task.getVariable(CHASE_NOTE)));
  }
}
