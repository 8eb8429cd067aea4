package org.steward.handling.process;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.handling.UnitInstances;
import org.steward.handling.UnitReports;

/** One working day without signing for: the department is reminded. */
@Component
@RequiredArgsConstructor
class RemindSignForDelegate implements JavaDelegate {

  private final UnitReports reports;
  private final UnitInstances units;

  @Override
  public void execute(DelegateExecution execution) {
    reports.remindSignFor(units.of(execution.getProcessInstanceId()));
  }
}
