package org.steward.policy;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.steward.policy.process.PolicyPushProcess;

/**
 * Runs a published policy's delivery as the job executor would (tests run without it): the jobs of 推送一批企业, one
 * batch each, until none is left, then those of 生成送达确认, one per key enterprise.
 */
public final class PolicyJobs {

  private PolicyJobs() {
  }

  /**
   * Executes policy {@code policyId}'s delivery jobs one after the other, then its confirmations' openings; answers
   * how many batches ran.
   */
  public static int deliver(RuntimeService runtime, ManagementService management, long policyId) {
    String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey("POLICY-" + policyId)
        .singleResult().getId();
    int batches = 0;
    for (Job job = first(management, instance, PolicyPushProcess.DELIVER_POLICY); job != null;
        job = first(management, instance, PolicyPushProcess.DELIVER_POLICY)) {
      management.executeJob(job.getId());
      batches++;
    }
    for (Job job = first(management, instance, PolicyPushProcess.OPEN_CONFIRMATION); job != null;
        job = first(management, instance, PolicyPushProcess.OPEN_CONFIRMATION)) {
      management.executeJob(job.getId());
    }
    return batches;
  }

  private static Job first(ManagementService management, String instance, String activityId) {
    return management.createJobQuery().processInstanceId(instance).activityId(activityId).listPage(0, 1).stream()
        .findFirst().orElse(null);
  }
}
