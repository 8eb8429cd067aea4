package org.steward.deputy.process;

import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.steward.deputy.Leave;
import org.steward.deputy.Leaves;
import org.steward.workflow.ProcessValues;
import org.steward.workflow.TaskHandOver;

/**
 * Every user task of every process, through the Camunda Spring eventing bridge (synchronous, in the engine's command):
 * a task created for or assigned to an officer on leave goes to the deputy before anyone is told about it (this
 * listener runs first); a task the deputy completes for the officer is written on the timeline as done for the officer.
 */
@Component
@RequiredArgsConstructor
class DeputyTaskListener {

  static final String CASE_NUMBER = "caseNumber";

  private final Leaves leaves;
  private final TaskHandOver handOver;

  @Order(Ordered.HIGHEST_PRECEDENCE)
  @EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_CREATE + "' or #task.eventName == '"
      + TaskListener.EVENTNAME_ASSIGNMENT + "'")
  public void assigned(DelegateTask task) {
    String assignee = task.getAssignee();
    if (assignee == null) {
      return;
    }
    Optional<Leave> leave = leaves.activeLeaveOf(assignee);
    // one step only: a deputy on leave too keeps the task, so two leaves can never send it round in a circle
    if (leave.isEmpty() || leaves.heldBy(task.getId(), leave.get().deputyId())
        || leaves.activeLeaveOf(leave.get().deputyId()).isPresent()) {
      return;
    }
    Object caseNumber = task.getVariable(CASE_NUMBER);
    leaves.held(leave.get(), task.getId(), task.getName(),
        caseNumber != null ? caseNumber.toString()
            : task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey());
    handOver.handOver(task, leave.get().deputyId());
  }

  @EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_COMPLETE + "'")
  public void completed(DelegateTask task) {
    String by = ProcessValues.completer(task);
    leaves.completed(task.getId(), by != null ? by : task.getAssignee());
  }
}
