package org.steward.jointoffice.process;

import static org.steward.jointoffice.process.JointMeetingProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.steward.jointoffice.EscalationInstances;
import org.steward.jointoffice.JointOffice;
import org.steward.workflow.TaskRefusals;

/** Refuses to complete 分析研判 with an incomplete or wrong analysis, so nothing half-decided leaves the office. */
@Component
class CheckAnalysisTaskListener implements TaskListener {

  private final JointOffice office;
  private final EscalationInstances escalations;
  private final TaskRefusals texts;

  CheckAnalysisTaskListener(JointOffice office, EscalationInstances escalations, TaskRefusals texts) {
    this.office = office;
    this.escalations = escalations;
    this.texts = texts;
  }

  @Override
  public void notify(DelegateTask task) {
    texts.check("jointoffice.field", () -> {
      office.checkAnalysis(escalations.of(task.getProcessInstanceId()), AnalysisForm.read(task));
    });
  }
}
