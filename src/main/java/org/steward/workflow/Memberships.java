package org.steward.workflow;

import java.util.Set;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

/**
 * Who belongs to which Camunda group, read as the system: a capability checking a user's right while that user (or a
 * timer) drives the engine must see the user's groups whatever the user may read in Admin.
 */
@Component
@RequiredArgsConstructor
public class Memberships {

  private final IdentityService identity;
  private final SystemContext system;

  /** The user's groups; empty for no user. */
  public Set<String> groupsOf(String userId) {
    if (userId == null || userId.isBlank()) {
      return Set.of();
    }
    return system.call(() -> identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId)
        .collect(Collectors.toSet()));
  }

  /** Whether the user is a member of the group. */
  public boolean isMember(String userId, String groupId) {
    return userId != null && system.call(() -> identity.createUserQuery().userId(userId).memberOfGroup(groupId)
        .count() > 0);
  }
}
