package org.steward.handling.process;

import static org.steward.handling.process.DepartmentHandlingProcess.*;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.handling.HandlingManagement;

/** The department asked for a later due date (延期申请): the request waits for a supervisor. */
@Component
class RequestExtensionDelegate implements JavaDelegate {

  private final HandlingManagement handling;

  RequestExtensionDelegate(HandlingManagement handling) {
    this.handling = handling;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long unitId = ((Number) execution.getVariable(UNIT_ID)).longValue();
    LocalDate requested = LocalDate.parse(((String) execution.getVariable(REQUESTED_DUE_DATE)).strip());
    handling.requestExtension(unitId, requested, (String) execution.getVariable(REASON),
        Actors.current(execution.getProcessEngineServices()));
    // a fresh decision is asked for: an earlier one must not preselect the approval form
    execution.setVariable(EXTENSION_DECISION, null);
    execution.setVariable(DECISION_NOTE, null);
  }
}
