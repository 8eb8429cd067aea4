package org.steward.convening.process;

import static org.steward.convening.process.ConveningProcess.OPINION;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.steward.convening.ConveningOpinions;
import org.steward.workflow.TaskRefusals;

/** Refuses to complete 提出意见 without an opinion (or with one longer than 4,000 characters, what a process variable holds). */
@Component
class CheckOpinionTaskListener implements TaskListener {

  private final ConveningOpinions opinions;
  private final TaskRefusals texts;

  CheckOpinionTaskListener(ConveningOpinions opinions, TaskRefusals texts) {
    this.opinions = opinions;
    this.texts = texts;
  }

  @Override
  public void notify(DelegateTask task) {
    texts.check("convening.field", () -> opinions.checkOpinion((String) task.getVariable(OPINION)));
  }
}
