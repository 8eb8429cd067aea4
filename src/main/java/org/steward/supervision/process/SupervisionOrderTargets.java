package org.steward.supervision.process;

import java.util.List;

import org.springframework.stereotype.Component;
import org.steward.directory.StewardGroups;

/**
 * Who works on an order's sign-for and answer tasks, for the models' expressions: a department's queue
 * ({@code dept-<code>}) as candidate group, or the case's officer as assignee.
 */
@Component("supervisionOrderTargets")
public class SupervisionOrderTargets {

  public static final String DEPARTMENT = "DEPARTMENT";

  /** The candidate groups: the department's queue, or none for an officer. */
  public List<String> groups(String targetKind, String target) {
    return DEPARTMENT.equals(targetKind) ? List.of(StewardGroups.department(target)) : List.of();
  }

  /** The assignee: the officer, or nobody for a department (its staff claim the task). */
  public String assignee(String targetKind, String target) {
    return DEPARTMENT.equals(targetKind) ? null : target;
  }
}
