package org.steward.security.web;

import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.steward.security.CallerGroups;

/** Turns a Camunda user into a Spring Security principal: name = user id, one {@code ROLE_<groupId>} per group. */
@RequiredArgsConstructor
final class CamundaUsers {

  private final IdentityService identityService;

  UsernamePasswordAuthenticationToken authenticated(String userId) {
    List<SimpleGrantedAuthority> roles = groupIds(userId).stream()
        .map(groupId -> new SimpleGrantedAuthority(CallerGroups.ROLE_PREFIX + groupId))
        .toList();
    return UsernamePasswordAuthenticationToken.authenticated(userId, null, roles);
  }

  /** The user's authentication, if the user still exists (a webapp session may outlive the user). */
  Optional<UsernamePasswordAuthenticationToken> ifExists(String userId) {
    boolean exists = identityService.createUserQuery().userId(userId).count() == 1;
    return exists ? Optional.of(authenticated(userId)) : Optional.empty();
  }

  List<String> groupIds(String userId) {
    return identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
  }
}
