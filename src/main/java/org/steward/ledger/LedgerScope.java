package org.steward.ledger;

import java.util.Set;
import java.util.stream.Collectors;

import org.steward.directory.StewardGroups;

/**
 * What a caller may see: everything (administrators, supervisors, the joint-meeting office), or the cases it is the
 * officer of and the cases its departments handle.
 */
public record LedgerScope(boolean everything, String officerId, Set<String> departments) {

  public static LedgerScope of(String userId, Set<String> groupIds) {
    boolean everything = groupIds.contains(StewardGroups.ADMIN) || groupIds.contains(StewardGroups.SUPERVISORS)
        || groupIds.contains(StewardGroups.JOINT_OFFICE);
    Set<String> departments = groupIds.stream().filter(g -> g.startsWith(StewardGroups.DEPARTMENT_PREFIX))
        .map(g -> g.substring(StewardGroups.DEPARTMENT_PREFIX.length()))
        .collect(Collectors.toUnmodifiableSet());
    return new LedgerScope(everything, groupIds.contains(StewardGroups.OFFICERS) ? userId : null, departments);
  }

  public boolean seesNothing() {
    return !everything && officerId == null && departments.isEmpty();
  }
}
