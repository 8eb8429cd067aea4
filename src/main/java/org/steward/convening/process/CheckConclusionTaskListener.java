package org.steward.convening.process;

import static org.steward.convening.process.ConveningProcess.CONCLUSION;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.steward.convening.ConveningConclusion;
import org.steward.convening.ConveningLinks;
import org.steward.workflow.ProcessValues;
import org.steward.workflow.TaskRefusals;

/**
 * Refuses to complete 汇总意见形成结论 without a conclusion, or while an officer's opinion is still awaited within its
 * deadline.
 */
@Component
@RequiredArgsConstructor
class CheckConclusionTaskListener implements TaskListener {

  private final ConveningConclusion conclusion;
  private final ConveningLinks links;
  private final TaskRefusals texts;

  @Override
  public void notify(DelegateTask task) {
    texts.check("convening.field", () -> {
      conclusion.checkConclusion(links.of(task.getProcessInstanceId()),
          ProcessValues.text(task, CONCLUSION));
    });
  }
}
