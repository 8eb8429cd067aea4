package org.steward.handling.process;

import static org.steward.handling.process.DepartmentHandlingProcess.*;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import org.steward.handling.UnitInstances;
import org.steward.handling.UnitReports;
import org.steward.workflow.ProcessValues;

/** The department reported its result (办理反馈): the unit is finished and rated. */
@Component
@RequiredArgsConstructor
class RecordFeedbackDelegate implements JavaDelegate {

  private final UnitReports reports;
  private final UnitInstances units;

  @Override
  public void execute(DelegateExecution execution) {
    long unitId = units.of(execution.getProcessInstanceId());
    reports.giveFeedback(unitId, ProcessValues.text(execution, FEEDBACK),
        ProcessValues.completer(execution));
    // transient: only the gateway right after reads it; the rating is the unit's, in handling_unit
    execution.setVariable(OUTCOME, Variables.stringValue(OUTCOME_FEEDBACK_GIVEN, true));
  }
}
