package org.steward.visit.process;

import java.time.LocalDate;
import java.util.ArrayList;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.shared.StewardClock;
import org.steward.visit.VisitPlanning;

/**
 * 确定走访周期: the month whose cycle opens (its first day), the business key {@code VISITS-yyyy-MM}, and where each
 * batch of the planning starts ({@code batchStarts}).
 */
@Component
@RequiredArgsConstructor
class OpenVisitCycleDelegate implements JavaDelegate {

  private final VisitPlanning planning;

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate periodStart = StewardClock.today().withDayOfMonth(1);
    execution.setProcessBusinessKey(VisitCycleProcess.KEY_PREFIX + periodStart.toString().substring(0, 7));
    execution.setVariable(VisitCycleProcess.PERIOD_START, periodStart.toString());
    execution.setVariable(VisitCycleProcess.BATCH_STARTS, new ArrayList<>(planning.batchStarts()));
  }
}
