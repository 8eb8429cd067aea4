package org.steward.visit.process;

import java.time.LocalDate;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.visit.VisitPlanning;
import org.steward.workflow.ProcessValues;

/** 通知走访任务: once every batch is planned, each officer with visits of this cycle hears of them once. */
@Component
@RequiredArgsConstructor
class NotifyVisitOfficersDelegate implements JavaDelegate {

  private final VisitPlanning planning;

  @Override
  public void execute(DelegateExecution execution) {
    planning.notifyOfficers(LocalDate.parse(ProcessValues.text(execution, VisitCycleProcess.PERIOD_START)));
  }
}
