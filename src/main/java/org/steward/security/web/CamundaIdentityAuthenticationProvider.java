package org.steward.security.web;

import java.time.Instant;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.steward.security.AccountLocked;
import org.steward.security.LoginThrottle;

/**
 * Checks credentials (HTTP basic on {@code /api}, the portal's login form) against the Camunda identity service, so
 * that users, passwords and groups are kept in one place (Camunda Admin); a locked account ({@link LoginThrottle}) is
 * refused before its password is even checked, with the Chinese reason.
 */
@RequiredArgsConstructor
final class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

  private final IdentityService identityService;
  private final CamundaUsers users;
  private final LoginThrottle throttle;

  @Override
  public Authentication authenticate(Authentication authentication) {
    String userId = authentication.getName();
    Object credentials = authentication.getCredentials();
    if (userId == null || userId.isBlank() || !(credentials instanceof String password)) {
      throw new BadCredentialsException("Bad credentials");
    }
    Optional<Instant> locked = throttle.lockedUntil(userId);
    if (locked.isPresent()) {
      throw new AccountLocked(locked.get());
    }
    if (!identityService.checkPassword(userId, password)) {
      Optional<Instant> nowLocked = throttle.failed(userId);
      if (nowLocked.isPresent()) {
        throw new AccountLocked(nowLocked.get());
      }
      throw new BadCredentialsException("Bad credentials");
    }
    throttle.succeeded(userId);
    return users.authenticated(userId);
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
