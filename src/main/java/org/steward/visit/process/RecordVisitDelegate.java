package org.steward.visit.process;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.visit.Visits;
import org.steward.workflow.ProcessValues;

/** 记录走访: the officer's visit record, checked here (a refusal keeps the task open). */
@Component
@RequiredArgsConstructor
class RecordVisitDelegate implements JavaDelegate {

  private final Visits visits;

  @Override
  public void execute(DelegateExecution execution) {
    visits.record(ProcessValues.number(execution, EnterpriseVisitProcess.VISIT_ID),
        ProcessValues.text(execution, EnterpriseVisitProcess.VISIT_DATE),
        ProcessValues.text(execution, EnterpriseVisitProcess.MODE),
        ProcessValues.text(execution, EnterpriseVisitProcess.PEOPLE_MET),
        ProcessValues.text(execution, EnterpriseVisitProcess.SITUATION),
        ProcessValues.text(execution, EnterpriseVisitProcess.PROBLEMS), ProcessValues.completer(execution));
  }
}
