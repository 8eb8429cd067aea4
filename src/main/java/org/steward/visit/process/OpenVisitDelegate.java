package org.steward.visit.process;

import java.util.Date;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.visit.VisitPlanning;
import org.steward.workflow.ProcessValues;

/**
 * 生成走访任务: this visit's officer, enterprise, cycle and deadline for its task, and its record's fields (empty), as
 * local variables of the visit.
 */
@Component
@RequiredArgsConstructor
class OpenVisitDelegate implements JavaDelegate {

  private static final List<String> RECORD_FIELDS = List.of(VisitCycleProcess.VISIT_DATE, VisitCycleProcess.MODE,
      VisitCycleProcess.PEOPLE_MET, VisitCycleProcess.SITUATION, VisitCycleProcess.PROBLEMS);

  private final VisitPlanning planning;

  @Override
  public void execute(DelegateExecution execution) {
    VisitPlanning.Opened visit = planning.open(ProcessValues.number(execution, VisitCycleProcess.VISIT_ID));
    execution.setVariableLocal(VisitCycleProcess.OFFICER, visit.officer());
    execution.setVariableLocal(VisitCycleProcess.ENTERPRISE_ID, visit.enterpriseId());
    execution.setVariableLocal(VisitCycleProcess.ENTERPRISE_NAME, visit.enterpriseName());
    execution.setVariableLocal(VisitCycleProcess.CYCLE_LABEL, visit.cycle().label());
    execution.setVariableLocal(VisitCycleProcess.WARN_AT, Date.from(visit.deadline().warnAt()));
    execution.setVariableLocal(VisitCycleProcess.DUE_AT, Date.from(visit.deadline().dueAt()));
    // the record's fields live in this visit's scope: a completion writes them here, never where another visit's
    // form would read them
    for (String field : RECORD_FIELDS) {
      execution.setVariableLocal(field, null);
    }
  }
}
