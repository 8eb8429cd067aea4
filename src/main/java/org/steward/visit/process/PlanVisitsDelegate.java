package org.steward.visit.process;

import java.time.LocalDate;
import java.util.ArrayList;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import org.steward.visit.VisitPlanning;
import org.steward.workflow.ProcessValues;

/**
 * 排定一批走访: plans the visits of the next batch of enterprises after {@code plannedUpTo}, moves that cursor on, sets
 * {@code visitIds} (this batch's visits, whose tasks the same transaction creates) and tells the gateway whether more
 * enterprises may follow ({@code moreToPlan}, transient).
 */
@Component
@RequiredArgsConstructor
class PlanVisitsDelegate implements JavaDelegate {

  private final VisitPlanning planning;

  @Override
  public void execute(DelegateExecution execution) {
    VisitPlanning.Batch batch = planning.planBatch(
        LocalDate.parse(ProcessValues.text(execution, VisitCycleProcess.PERIOD_START)),
        ProcessValues.number(execution, VisitCycleProcess.PLANNED_UP_TO));
    execution.setVariable(VisitCycleProcess.PLANNED_UP_TO, batch.lastId());
    execution.setVariable(VisitCycleProcess.VISIT_IDS, new ArrayList<>(batch.visitIds()));
    execution.setVariable(VisitCycleProcess.MORE_TO_PLAN_FLAG, Variables.booleanValue(batch.more(), true));
  }
}
