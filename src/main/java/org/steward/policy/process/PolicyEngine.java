package org.steward.policy.process;

import java.time.Instant;
import java.util.Date;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import org.steward.workflow.SystemContext;

/** What the policy capability asks of the engine: start a published policy's {@code policy-push} instance. */
@Component
@RequiredArgsConstructor
public class PolicyEngine {

  private final RuntimeService runtime;
  private final SystemContext system;

  /** Starts policy {@code policyId}'s instance (business key {@code POLICY-<id>}), ending at {@code expiresAt}. */
  public void start(long policyId, String title, Instant expiresAt) {
    system.run(() -> runtime.startProcessInstanceByKey(PolicyPushProcess.ID, "POLICY-" + policyId,
        Variables.putValue(PolicyPushProcess.POLICY_ID, policyId).putValue(PolicyPushProcess.POLICY_TITLE, title)
            .putValue(PolicyPushProcess.EXPIRES_AT, Date.from(expiresAt))));
  }
}
