package org.steward.convening.process;

import static org.steward.convening.process.ConveningProcess.CONCLUSION;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.steward.convening.ConveningConclusion;
import org.steward.convening.ConveningLinks;
import org.steward.workflow.TaskRefusals;

/**
 * Refuses to complete 汇总意见形成结论 without a conclusion, or while an officer's opinion is still awaited within its
 * deadline.
 */
@Component
class CheckConclusionTaskListener implements TaskListener {

  private final ConveningConclusion conclusion;
  private final ConveningLinks links;
  private final TaskRefusals texts;

  CheckConclusionTaskListener(ConveningConclusion conclusion, ConveningLinks links, TaskRefusals texts) {
    this.conclusion = conclusion;
    this.links = links;
    this.texts = texts;
  }

  @Override
  public void notify(DelegateTask task) {
    texts.check("convening.field", () -> {
      conclusion.checkConclusion(links.of(task.getProcessInstanceId()),
          (String) task.getVariable(CONCLUSION));
    });
  }
}
