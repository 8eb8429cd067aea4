package org.steward.handling.process;

import static org.steward.handling.process.DepartmentHandlingProcess.*;

import java.time.LocalDate;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.handling.UnitExtensions;
import org.steward.handling.UnitInstances;
import org.steward.workflow.ProcessValues;

/** The department asked for a later due date (延期申请): the request waits for a supervisor. */
@Component
@RequiredArgsConstructor
class RequestExtensionDelegate implements JavaDelegate {

  private final UnitExtensions extensions;
  private final UnitInstances units;

  @Override
  public void execute(DelegateExecution execution) {
    long unitId = units.of(execution.getProcessInstanceId());
    LocalDate requested = LocalDate.parse((ProcessValues.text(execution, REQUESTED_DUE_DATE)).strip());
    extensions.requestExtension(unitId, requested, ProcessValues.text(execution, REASON),
        ProcessValues.completer(execution));
    // a fresh decision is asked for: an earlier one must not preselect the approval form
    execution.setVariable(EXTENSION_DECISION, null);
    execution.setVariable(DECISION_NOTE, null);
  }
}
