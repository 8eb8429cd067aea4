package org.steward.visit.process;

import java.time.LocalDate;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;
import org.steward.visit.VisitPlanning;
import org.steward.visit.Visits;
import org.steward.workflow.ProcessValues;

/**
 * 排定一批走访, one instance of the multi-instance per batch: plans the visits of the enterprises after
 * {@code batchStart} up to the next batch's start (all the rest for the last batch) and starts one
 * {@code enterprise-visit} instance per visit in the same transaction.
 */
@Component
@RequiredArgsConstructor
class PlanVisitsDelegate implements JavaDelegate {

  private final VisitPlanning planning;

  @Override
  public void execute(DelegateExecution execution) {
    long start = ProcessValues.number(execution, VisitCycleProcess.BATCH_START);
    Long next = ((List<?>) execution.getVariable(VisitCycleProcess.BATCH_STARTS)).stream()
        .map(other -> ((Number) other).longValue()).filter(other -> other > start).min(Long::compare).orElse(null);
    List<VisitPlanning.Planned> visits = planning.planBatch(
        LocalDate.parse(ProcessValues.text(execution, VisitCycleProcess.PERIOD_START)), start, next);
    if (!visits.isEmpty()) {
      // the latest version once per batch, not a look-up per visit
      String definition = execution.getProcessEngineServices().getRepositoryService().createProcessDefinitionQuery()
          .processDefinitionKey(EnterpriseVisitProcess.ID).latestVersion().singleResult().getId();
      RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
      visits.forEach(visit -> start(runtime, definition, visit));
    }
  }

  private static void start(RuntimeService runtime, String definition, VisitPlanning.Planned visit) {
    // the assignee and the timers' instants are read when the task is created, in this transaction: kept as transient
    // values, they cost the visit no variable rows (its visit row holds them)
    runtime.createProcessInstanceById(definition).businessKey(Visits.CASE_PREFIX + visit.id())
        .setVariables(Variables.createVariables()
            .putValue(EnterpriseVisitProcess.VISIT_ID, visit.id())
            .putValueTyped(EnterpriseVisitProcess.OFFICER, Variables.stringValue(visit.officer(), true))
            .putValue(EnterpriseVisitProcess.ENTERPRISE_ID, visit.enterpriseId())
            .putValue(EnterpriseVisitProcess.ENTERPRISE_NAME, visit.enterpriseName())
            .putValue(EnterpriseVisitProcess.CYCLE_LABEL, visit.cycle().label())
            .putValueTyped(EnterpriseVisitProcess.WARN_AT, transientDate(visit.deadline().warnAt()))
            .putValueTyped(EnterpriseVisitProcess.DUE_AT, transientDate(visit.deadline().dueAt())))
        .execute();
  }

  private static TypedValue transientDate(Instant at) {
    return Variables.dateValue(Date.from(at), true);
  }
}
