package org.steward.handling.process;

import static org.steward.handling.process.DepartmentHandlingProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.steward.handling.UnitInstances;
import org.steward.handling.UnitReports;
import org.steward.workflow.TaskRefusals;

/**
 * Refuses to complete 办理并反馈 with an incomplete report (no feedback, no return reason, an extension date not after
 * the due date…), so that a bad report never leaves the department's queue.
 */
@Component
class CheckHandlingReportTaskListener implements TaskListener {

  private final UnitReports reports;
  private final UnitInstances units;
  private final TaskRefusals texts;

  CheckHandlingReportTaskListener(UnitReports reports, UnitInstances units, TaskRefusals texts) {
    this.reports = reports;
    this.units = units;
    this.texts = texts;
  }

  @Override
  public void notify(DelegateTask task) {
    texts.check("handling.field", () -> {
      reports.checkReport(units.of(task.getProcessInstanceId()), (String) task.getVariable(ACTION),
          (String) task.getVariable(FEEDBACK), (String) task.getVariable(REQUESTED_DUE_DATE),
          (String) task.getVariable(REASON));
    });
  }
}
