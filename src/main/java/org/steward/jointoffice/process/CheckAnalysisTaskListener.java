package org.steward.jointoffice.process;

import static org.steward.jointoffice.process.JointMeetingProcess.*;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.steward.jointoffice.EscalationAnalysis;
import org.steward.jointoffice.EscalationInstances;
import org.steward.workflow.TaskRefusals;

/** Refuses to complete 分析研判 with an incomplete or wrong analysis, so nothing half-decided leaves the analysis. */
@Component
@RequiredArgsConstructor
class CheckAnalysisTaskListener implements TaskListener {

  private final EscalationAnalysis analysis;
  private final EscalationInstances escalations;
  private final TaskRefusals texts;

  @Override
  public void notify(DelegateTask task) {
    texts.check("jointoffice.field", () -> {
      analysis.checkAnalysis(escalations.of(task.getProcessInstanceId()), AnalysisForm.read(task));
    });
  }
}
