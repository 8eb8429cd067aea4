package org.steward.request.process;

import static org.steward.request.process.EnterpriseRequestProcess.COOPERATING_DEPARTMENTS;
import static org.steward.request.process.EnterpriseRequestProcess.LEAD_DEPARTMENT;
import static org.steward.request.process.EnterpriseRequestProcess.ROUTING;
import static org.steward.request.process.EnterpriseRequestProcess.TIME_LIMIT;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.request.RequestInstances;
import org.steward.request.RequestSteps;
import org.steward.workflow.Choices;

/** 记录系统建议: flattens the routing table's single result into the variables the officer's form edits. */
@Component
@RequiredArgsConstructor
class RecordRoutingDelegate implements JavaDelegate {

  private final RequestSteps requests;
  private final RequestInstances instances;

  @Override
  public void execute(DelegateExecution execution) {
    @SuppressWarnings("unchecked")
    java.util.Map<String, Object> routing = (java.util.Map<String, Object>) execution.getVariable(ROUTING);
    // the first step claims the case: a second instance for the same case number stops here and stores nothing
    String caseNumber = instances.claim(execution.getProcessBusinessKey(), execution.getProcessInstanceId());
    RequestSteps.Routing result = requests.recordRouting(caseNumber,
        (String) routing.get(LEAD_DEPARTMENT), Choices.codesOf(routing.get(COOPERATING_DEPARTMENTS)),
        routing.get(TIME_LIMIT));
    execution.setVariable(LEAD_DEPARTMENT, result.leadDepartment());
    execution.setVariable(COOPERATING_DEPARTMENTS, Choices.codes(result.cooperatingDepartments()));
    execution.setVariable(TIME_LIMIT, result.timeLimit());
    // the flat variables replace the serialized map, which Tasklist and Cockpit cannot show
    execution.removeVariable(ROUTING);
  }
}
