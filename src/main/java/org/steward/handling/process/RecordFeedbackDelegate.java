package org.steward.handling.process;

import static org.steward.handling.process.DepartmentHandlingProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import org.steward.handling.UnitInstances;
import org.steward.handling.UnitReports;
import org.steward.workflow.Actors;

/** The department reported its result (办理反馈): the unit is finished and rated. */
@Component
class RecordFeedbackDelegate implements JavaDelegate {

  private final UnitReports reports;
  private final UnitInstances units;

  RecordFeedbackDelegate(UnitReports reports, UnitInstances units) {
    this.reports = reports;
    this.units = units;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long unitId = units.of(execution.getProcessInstanceId());
    reports.giveFeedback(unitId, (String) execution.getVariable(FEEDBACK),
        Actors.current(execution.getProcessEngineServices()));
    // transient: only the gateway right after reads it; the rating is the unit's, in handling_unit
    execution.setVariable(OUTCOME, Variables.stringValue(OUTCOME_FEEDBACK_GIVEN, true));
  }
}
