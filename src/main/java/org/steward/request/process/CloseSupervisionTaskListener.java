package org.steward.request.process;

import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.steward.request.RequestSteps;
import org.steward.request.ResponseDeadline;
import org.steward.shared.Violations;
import org.steward.workflow.ProcessValues;
import org.steward.workflow.TaskRefusals;

/**
 * Refuses a 督办 task without the supervisor's note (required, ≤ 2,000 characters), else closes the supervision item
 * behind it with that note when the task completes: the 24-hour item for 督促首次响应, the reopening item for
 * 督办重办事项 — an item of this case only.
 */
@Component
@RequiredArgsConstructor
class CloseSupervisionTaskListener implements TaskListener {

  private static final int MAX_NOTE = 2000;

  private final RequestSteps requests;
  private final ResponseDeadline responses;
  private final TaskRefusals problems;

  @Override
  public void notify(DelegateTask task) {
    String note = ProcessValues.text(task, EnterpriseRequestProcess.SUPERVISION_NOTE);
    Violations violations = new Violations();
    violations.text(EnterpriseRequestProcess.SUPERVISION_NOTE, note, MAX_NOTE);
    problems.check("request.field", () -> violations.throwIfAny());
    String caseNumber = task.getExecution().getProcessBusinessKey();
    Optional<Long> item = EnterpriseRequestProcess.SUPERVISE_RESPONSE.equals(task.getTaskDefinitionKey())
        ? responses.openResponseSupervision(caseNumber)
        : Optional.ofNullable(ProcessValues.number(task, EnterpriseRequestProcess.REOPEN_SUPERVISION_ID));
    // the completer plugin's built-in listener runs first on the same task, so completedBy names its completer
    String by = ProcessValues.completer(task);
    item.ifPresent(id -> requests.closeSupervision(caseNumber, id, by, note));
  }
}
