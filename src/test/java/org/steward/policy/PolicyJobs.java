package org.steward.policy;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.steward.policy.process.PolicyPushProcess;

/**
 * Runs a published policy's delivery as the job executor would (tests run without it): the jobs of 推送一批企业, one
 * batch each, until none is left.
 */
public final class PolicyJobs {

  private PolicyJobs() {
  }

  /** Executes policy {@code policyId}'s delivery jobs one after the other; answers how many batches ran. */
  public static int deliver(RuntimeService runtime, ManagementService management, long policyId) {
    String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey("POLICY-" + policyId)
        .singleResult().getId();
    int batches = 0;
    for (Job job = next(management, instance); job != null; job = next(management, instance)) {
      management.executeJob(job.getId());
      batches++;
    }
    return batches;
  }

  private static Job next(ManagementService management, String instance) {
    return management.createJobQuery().processInstanceId(instance).activityId(PolicyPushProcess.DELIVER_POLICY)
        .singleResult();
  }
}
