package org.steward.policy.process;

import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.Set;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import org.steward.workflow.SystemContext;

/**
 * What the policy capability asks of the engine: start a published policy's {@code policy-push} instance, tell which
 * policies are still being delivered, and ask a key enterprise's officer to confirm a policy that reached it later.
 */
@Component
@RequiredArgsConstructor
public class PolicyEngine {

  private static final String PREFIX = "POLICY-";

  private final RuntimeService runtime;
  private final SystemContext system;

  /**
   * Starts policy {@code policyId}'s instance (business key {@code POLICY-<id>}), ending at {@code expiresAt}; its
   * delivery runs after the caller's transaction, in jobs of its own.
   */
  public void start(long policyId, String title, Instant expiresAt) {
    system.run(() -> runtime.startProcessInstanceByKey(PolicyPushProcess.ID, PREFIX + policyId,
        Variables.putValue(PolicyPushProcess.POLICY_ID, policyId).putValue(PolicyPushProcess.POLICY_TITLE, title)
            .putValue(PolicyPushProcess.EXPIRES_AT, Date.from(expiresAt))
            .putValue(PolicyPushProcess.DELIVERED_UP_TO, 0L)));
  }

  /** Those of the policies whose delivery has not finished yet (their instance is still at 推送一批企业). */
  public Set<Long> delivering(Collection<Long> policyIds) {
    if (policyIds.isEmpty()) {
      return Set.of();
    }
    return system.call(() -> runtime.createProcessInstanceQuery().processDefinitionKey(PolicyPushProcess.ID)
            .activityIdIn(PolicyPushProcess.DELIVER_POLICY).list()).stream()
        .map(ProcessInstance::getBusinessKey).filter(key -> key != null && key.startsWith(PREFIX))
        .map(key -> Long.parseLong(key.substring(PREFIX.length()))).filter(policyIds::contains)
        .collect(Collectors.toSet());
  }

  /** Asks key enterprise {@code enterpriseId}'s officer to confirm policy {@code policyId}, which reached it later. */
  public void confirmLate(long policyId, long enterpriseId) {
    system.run(() -> runtime.createMessageCorrelation(PolicyPushProcess.MESSAGE_LATE_KEY_MATCH)
        .processInstanceBusinessKey(PREFIX + policyId)
        .setVariableToTriggeredScope(PolicyPushProcess.ENTERPRISE_ID, enterpriseId).correlateAll());
  }
}
