package org.steward.handling.process;

import static org.steward.handling.process.DepartmentHandlingProcess.*;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.handling.UnitExtensions;
import org.steward.handling.UnitInstances;
import org.steward.workflow.Actors;

/** The department asked for a later due date (延期申请): the request waits for a supervisor. */
@Component
class RequestExtensionDelegate implements JavaDelegate {

  private final UnitExtensions extensions;
  private final UnitInstances units;

  RequestExtensionDelegate(UnitExtensions extensions, UnitInstances units) {
    this.extensions = extensions;
    this.units = units;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long unitId = units.of(execution.getProcessInstanceId());
    LocalDate requested = LocalDate.parse(((String) execution.getVariable(REQUESTED_DUE_DATE)).strip());
    extensions.requestExtension(unitId, requested, (String) execution.getVariable(REASON),
        Actors.current(execution.getProcessEngineServices()));
    // a fresh decision is asked for: an earlier one must not preselect the approval form
    execution.setVariable(EXTENSION_DECISION, null);
    execution.setVariable(DECISION_NOTE, null);
  }
}
