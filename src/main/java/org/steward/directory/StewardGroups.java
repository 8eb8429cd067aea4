package org.steward.directory;

import java.util.Set;

import org.steward.security.CallerGroups;

/** The ids of Steward's standard Camunda groups, for candidate groups, authorizations and role checks. */
public final class StewardGroups {

  public static final String ADMIN = "camunda-admin";
  public static final String OFFICERS = "officers";
  public static final String SUPERVISORS = "supervisors";
  public static final String JOINT_OFFICE = "joint-office";
  public static final String ENTERPRISES = "enterprises";
  /** Leaders (挂点领导) of industrial projects: approve re-plans and chase overdue milestones. */
  public static final String LEADERS = "leaders";
  /** Process designers: deploy models, read no case. */
  public static final String DESIGNERS = "designers";
  /** Staff who draft and publish policies (政策编辑人员). */
  public static final String POLICY_EDITORS = "policy-editors";
  /** The metrics' readers (a Prometheus scraper's account): {@code /actuator/prometheus}, no case, no webapp. */
  public static final String MONITORING = CallerGroups.MONITORING;
  public static final String DEPARTMENT_PREFIX = "dept-";
  /**
   * The groups holding READ on every task ({@link StandardGroups}): a task offered to one of them gives the group the
   * work on it without READ (issue 18, docs/benchmarks.md).
   */
  public static final Set<String> READING_EVERY_TASK = Set.of(SUPERVISORS);

  private StewardGroups() {
  }

  /** The group of a department's staff: {@code dept-<code>}. */
  public static String department(String departmentCode) {
    return DEPARTMENT_PREFIX + departmentCode;
  }
}
