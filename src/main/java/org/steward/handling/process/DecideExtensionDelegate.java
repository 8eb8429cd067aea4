package org.steward.handling.process;

import static org.steward.handling.process.DepartmentHandlingProcess.*;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import org.steward.handling.UnitExtensions;
import org.steward.handling.UnitInstances;
import org.steward.workflow.ProcessValues;

/** The supervisor decided the extension: approved moves the unit's due date, rejected keeps it. */
@Component
@RequiredArgsConstructor
class DecideExtensionDelegate implements JavaDelegate {

  private final UnitExtensions extensions;
  private final UnitInstances units;

  @Override
  public void execute(DelegateExecution execution) {
    long unitId = units.of(execution.getProcessInstanceId());
    boolean approved = APPROVED.equals(execution.getVariable(EXTENSION_DECISION));
    extensions.decideExtension(unitId, approved, ProcessValues.completer(execution),
        ProcessValues.text(execution, DECISION_NOTE));
    // transient: read by the gateway after the sub-process in this same transaction
    execution.setVariable(OUTCOME, Variables.stringValue(approved ? OUTCOME_EXTENDED : null, true));
    // back in the handling form, the department chooses its next step afresh
    execution.setVariable(ACTION, null);
  }
}
