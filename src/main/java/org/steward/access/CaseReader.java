package org.steward.access;

import java.util.Set;

import org.springframework.security.core.Authentication;
import org.steward.directory.StewardGroups;
import org.steward.security.CallerGroups;

/** Who reads: the Camunda user id and the ids of the user's groups. */
public record CaseReader(String userId, Set<String> groups) {

  /** The groups whose members read every case. */
  static final Set<String> READ_ALL = Set.of(StewardGroups.ADMIN, StewardGroups.SUPERVISORS,
      StewardGroups.JOINT_OFFICE);
  private static final Set<String> STAFF = Set.of(StewardGroups.ADMIN, StewardGroups.SUPERVISORS,
      StewardGroups.JOINT_OFFICE, StewardGroups.OFFICERS, StewardGroups.LEADERS);

  public CaseReader {
    groups = Set.copyOf(groups);
  }

  /** The caller of Steward's API. */
  public static CaseReader of(Authentication caller) {
    return new CaseReader(caller.getName(), CallerGroups.of(caller));
  }

  /** Administrators, supervisors and the joint-meeting office read every case. */
  public boolean readsAll() {
    return groups.stream().anyMatch(READ_ALL::contains);
  }

  /** Whether the reader works for the government side (any staff group or a department), not for an enterprise. */
  public boolean isStaff() {
    return groups.stream().anyMatch(g -> STAFF.contains(g) || g.startsWith(StewardGroups.DEPARTMENT_PREFIX));
  }

  public boolean isAdmin() {
    return groups.contains(StewardGroups.ADMIN);
  }
}
