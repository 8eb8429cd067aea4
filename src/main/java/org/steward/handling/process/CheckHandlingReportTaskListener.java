package org.steward.handling.process;

import static org.steward.handling.process.DepartmentHandlingProcess.*;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.steward.handling.UnitInstances;
import org.steward.handling.UnitReports;
import org.steward.workflow.ProcessValues;
import org.steward.workflow.TaskRefusals;

/**
 * Refuses to complete 办理并反馈 with an incomplete report (no feedback, no return reason, an extension date not after
 * the due date…), so that a bad report never leaves the department's queue.
 */
@Component
@RequiredArgsConstructor
class CheckHandlingReportTaskListener implements TaskListener {

  private final UnitReports reports;
  private final UnitInstances units;
  private final TaskRefusals texts;

  @Override
  public void notify(DelegateTask task) {
    texts.check("handling.field", () -> {
      reports.checkReport(units.of(task.getProcessInstanceId()), ProcessValues.text(task, ACTION),
          ProcessValues.text(task, FEEDBACK), ProcessValues.text(task, REQUESTED_DUE_DATE),
          ProcessValues.text(task, REASON));
    });
  }
}
