package org.steward.security;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** The Camunda groups of an authenticated {@code /api} caller, read back from its roles ({@code ROLE_<groupId>}). */
public final class CallerGroups {

  /** The prefix under which every Camunda group of the caller is a Spring Security role. */
  public static final String ROLE_PREFIX = "ROLE_";
  /**
   * The group whose members read the metrics at {@code /actuator/prometheus} and nothing else: the account of a
   * Prometheus scraper (administrators read them too).
   */
  public static final String MONITORING = "monitoring";

  private CallerGroups() {
  }

  public static Set<String> of(Authentication caller) {
    return caller.getAuthorities().stream().map(GrantedAuthority::getAuthority)
        .filter(authority -> authority.startsWith(ROLE_PREFIX))
        .map(authority -> authority.substring(ROLE_PREFIX.length()))
        .collect(Collectors.toUnmodifiableSet());
  }
}
