package org.steward;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.steward.handling.process.DepartmentHandlingProcess;
import org.steward.request.process.EnterpriseRequestProcess;

/**
 * A case's steps taken through the engine's Java API as the people who hold them (tests that drive real cases without
 * HTTP): completing a task, the departments claiming their matters, timers falling due; and the demo organisation's
 * usual case, {@link #OFFICER}'s request handed over to {@link #LEAD} with {@link #COOPERATING}, walked to a stage.
 */
public final class EngineSteps {

  /** The demo's officer, lead department and cooperating department of the usual case. */
  public static final String OFFICER = "zhangwei";
  public static final String LEAD = "power";
  public static final String COOPERATING = "housing";

  private final TaskService tasks;
  private final IdentityService identity;
  private final ManagementService management;
  private final JdbcClient jdbc;

  public EngineSteps(ApplicationContext context) {
    this.tasks = context.getBean(TaskService.class);
    this.identity = context.getBean(IdentityService.class);
    this.management = context.getBean(ManagementService.class);
    this.jdbc = context.getBean(JdbcClient.class);
  }

  /** {@code user} of {@code group} claims (if nobody holds it) and completes the case's task {@code taskKey}. */
  public void complete(String user, String group, String caseNumber, String taskKey, Map<String, Object> values) {
    identity.setAuthentication(user, List.of(group));
    try {
      Task task = tasks.createTaskQuery().processVariableValueEquals("caseNumber", caseNumber)
          .taskDefinitionKey(taskKey).list().stream()
          .filter(t -> t.getAssignee() == null || t.getAssignee().equals(user)).findFirst()
          .orElseThrow(() -> new AssertionError("no task " + taskKey + " in " + caseNumber + " for " + user));
      if (task.getAssignee() == null) {
        tasks.claim(task.getId(), user);
      }
      tasks.complete(task.getId(), values);
    } finally {
      identity.clearAuthentication();
    }
  }

  /** Each department's staff member {@code <code>01} signs for (claims) the department's matter of the case. */
  public void claimMatters(String caseNumber, List<String> departments) {
    for (String department : departments) {
      String staff = department + "01";
      identity.setAuthentication(staff, List.of("dept-" + department));
      try {
        tasks.claim(tasks.createTaskQuery().processVariableValueEquals("caseNumber", caseNumber)
            .taskDefinitionKey(DepartmentHandlingProcess.HANDLE_MATTER).taskCandidateGroup("dept-" + department)
            .singleResult().getId(), staff);
      } finally {
        identity.clearAuthentication();
      }
    }
  }

  /** Executes the case's timer jobs of that activity, as the job executor would when they fall due. */
  public void fire(String caseNumber, String activityId) {
    List<String> instances = jdbc.sql("""
        select PROC_INST_ID_ from ACT_HI_PROCINST where ROOT_PROC_INST_ID_ =
          (select ID_ from ACT_HI_PROCINST where BUSINESS_KEY_ = :c and SUPER_PROCESS_INSTANCE_ID_ is null)""")
        .param("c", caseNumber).query(String.class).list();
    List<Job> jobs = new ArrayList<>();
    for (String instance : instances) {
      jobs.addAll(management.createJobQuery().processInstanceId(instance).activityId(activityId).list());
    }
    assertThat(jobs).as("timers %s of %s", activityId, caseNumber).isNotEmpty();
    jobs.forEach(job -> management.executeJob(job.getId()));
  }

  /** The officer's first answer (签收). */
  public void acknowledged(String caseNumber) {
    complete(OFFICER, "officers", caseNumber, EnterpriseRequestProcess.ACKNOWLEDGE_REQUEST,
        Map.of("firstAnswer", "已收到，今天内联系。"));
  }

  /** Acknowledged and handed over. */
  public void handedOver(String caseNumber) {
    acknowledged(caseNumber);
    handOver(caseNumber);
  }

  /** The officer hands the case (acknowledged, or reopened) over to the lead and the cooperating department. */
  public void handOver(String caseNumber) {
    complete(OFFICER, "officers", caseNumber, EnterpriseRequestProcess.DECIDE_HANDLING, Map.of("decision",
        "HAND_OVER", "leadDepartment", LEAD, "cooperatingDepartments", COOPERATING, "timeLimit", 5));
  }

  /** Handed over, and both departments signed for their matters. */
  public void signed(String caseNumber) {
    handedOver(caseNumber);
    claimMatters(caseNumber, List.of(LEAD, COOPERATING));
  }

  /** Handed over, and both departments gave feedback. */
  public void fedBack(String caseNumber) {
    handedOver(caseNumber);
    feedBack(caseNumber);
  }

  /** Both departments sign for the matters of the case's latest hand-over and give feedback. */
  public void feedBack(String caseNumber) {
    claimMatters(caseNumber, List.of(LEAD, COOPERATING));
    for (String department : List.of(LEAD, COOPERATING)) {
      complete(department + "01", "dept-" + department, caseNumber, DepartmentHandlingProcess.HANDLE_MATTER,
          Map.of("action", "FEEDBACK", "feedback", "已完成现场勘查并出具方案。"));
    }
  }

  /** Fed back, and the lead department consolidated the answers. */
  public void consolidated(String caseNumber) {
    fedBack(caseNumber);
    consolidate(caseNumber, "方案已出具，下周施工。");
  }

  /** The lead department consolidates the departments' answers into {@code answer}. */
  public void consolidate(String caseNumber, String answer) {
    complete(LEAD + "01", "dept-" + LEAD, caseNumber, EnterpriseRequestProcess.CONSOLIDATE_FEEDBACK,
        Map.of("consolidatedAnswer", answer));
  }

  /** Consolidated, and the officer replied to the enterprise. */
  public void replied(String caseNumber) {
    consolidated(caseNumber);
    reply(caseNumber, "方案已出具，下周施工。");
  }

  /** The officer replies {@code reply} to the enterprise. */
  public void reply(String caseNumber, String reply) {
    complete(OFFICER, "officers", caseNumber, EnterpriseRequestProcess.REPLY_TO_ENTERPRISE, Map.of("reply", reply));
  }
}
