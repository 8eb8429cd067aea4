package org.steward.request;

import java.util.Set;

import org.steward.directory.StewardGroups;

/** Who calls the request API: the Camunda user id and the ids of the user's groups. */
public record Caller(String userId, Set<String> groups) {

  public Caller {
    groups = Set.copyOf(groups);
  }

  public boolean isAdmin() {
    return groups.contains(StewardGroups.ADMIN);
  }

  public boolean isEnterprise() {
    return groups.contains(StewardGroups.ENTERPRISES);
  }

  public boolean isOfficer() {
    return groups.contains(StewardGroups.OFFICERS);
  }
}
