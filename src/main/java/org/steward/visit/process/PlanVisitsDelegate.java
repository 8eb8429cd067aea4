package org.steward.visit.process;

import java.time.LocalDate;
import java.util.Date;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import org.steward.visit.VisitPlanning;
import org.steward.visit.Visits;
import org.steward.workflow.ProcessValues;

/**
 * 排定一批走访: plans the visits of the next batch of enterprises after {@code plannedUpTo}, starts one
 * {@code enterprise-visit} instance per visit in the same transaction, moves that cursor on and tells the gateway
 * whether more enterprises may follow ({@code moreToPlan}, transient).
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
    if (!batch.visits().isEmpty()) {
      // the latest version once per batch, not a look-up per visit
      String definition = execution.getProcessEngineServices().getRepositoryService().createProcessDefinitionQuery()
          .processDefinitionKey(EnterpriseVisitProcess.ID).latestVersion().singleResult().getId();
      RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
      batch.visits().forEach(visit -> start(runtime, definition, visit));
    }
    execution.setVariable(VisitCycleProcess.PLANNED_UP_TO, batch.lastId());
    execution.setVariable(VisitCycleProcess.MORE_TO_PLAN_FLAG, Variables.booleanValue(batch.more(), true));
  }

  private static void start(RuntimeService runtime, String definition, VisitPlanning.Planned visit) {
    runtime.createProcessInstanceById(definition).businessKey(Visits.CASE_PREFIX + visit.id())
        .setVariables(Variables.createVariables()
            .putValue(EnterpriseVisitProcess.VISIT_ID, visit.id())
            .putValue(EnterpriseVisitProcess.OFFICER, visit.officer())
            .putValue(EnterpriseVisitProcess.ENTERPRISE_ID, visit.enterpriseId())
            .putValue(EnterpriseVisitProcess.ENTERPRISE_NAME, visit.enterpriseName())
            .putValue(EnterpriseVisitProcess.CYCLE_LABEL, visit.cycle().label())
            .putValue(EnterpriseVisitProcess.WARN_AT, Date.from(visit.deadline().warnAt()))
            .putValue(EnterpriseVisitProcess.DUE_AT, Date.from(visit.deadline().dueAt())))
        .execute();
  }
}
