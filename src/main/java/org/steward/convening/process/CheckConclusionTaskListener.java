package org.steward.convening.process;

import static org.steward.convening.process.ConveningProcess.CONCLUSION;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.steward.convening.ConveningLinks;
import org.steward.convening.ConveningManagement;
import org.steward.workflow.TaskRefusals;

/**
 * Refuses to complete 汇总意见形成结论 without a conclusion, or while an officer's opinion is still awaited within its
 * deadline.
 */
@Component
class CheckConclusionTaskListener implements TaskListener {

  private final ConveningManagement convenings;
  private final ConveningLinks links;
  private final TaskRefusals texts;

  CheckConclusionTaskListener(ConveningManagement convenings, ConveningLinks links, TaskRefusals texts) {
    this.convenings = convenings;
    this.links = links;
    this.texts = texts;
  }

  @Override
  public void notify(DelegateTask task) {
    texts.check("convening.field", () -> {
      convenings.checkConclusion(links.of(task.getProcessInstanceId()),
          (String) task.getVariable(CONCLUSION));
    });
  }
}
