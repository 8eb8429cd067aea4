package org.steward.access;

import java.util.Set;

/** The users and groups that read one case besides those who read every case. */
public record CaseReaders(Set<String> users, Set<String> groups) {

  public CaseReaders {
    users = Set.copyOf(users);
    groups = Set.copyOf(groups);
  }
}
