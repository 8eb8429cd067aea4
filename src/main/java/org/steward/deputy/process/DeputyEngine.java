package org.steward.deputy.process;

import java.time.Instant;
import java.util.Date;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import org.steward.workflow.SystemContext;

/** What the deputy capability asks of the engine: start and cancel a leave's {@code deputy-leave} instance. */
@Component
@RequiredArgsConstructor
public class DeputyEngine {

  static final String CANCELLED = "请假已取消";

  private final RuntimeService runtime;
  private final SystemContext system;

  /** Starts leave {@code leaveId}'s instance (business key {@code LEAVE-<id>}), waiting for its start and end. */
  public void start(long leaveId, Instant startsAt, Instant endsAt) {
    system.run(() -> runtime.startProcessInstanceByKey(DeputyLeaveProcess.ID, DeputyLeaveProcess.KEY_PREFIX + leaveId,
        Variables.putValue(DeputyLeaveProcess.LEAVE_ID, leaveId)
            .putValue(DeputyLeaveProcess.STARTS_AT, Date.from(startsAt))
            .putValue(DeputyLeaveProcess.ENDS_AT, Date.from(endsAt))));
  }

  /** Ends the leave's instance, if it still runs. */
  public void cancel(long leaveId) {
    system.run(() -> runtime.createProcessInstanceQuery().processDefinitionKey(DeputyLeaveProcess.ID)
        .processInstanceBusinessKey(DeputyLeaveProcess.KEY_PREFIX + leaveId).list().stream()
        .map(ProcessInstance::getId)
        .forEach(id -> runtime.deleteProcessInstance(id, CANCELLED, true, true)));
  }
}
