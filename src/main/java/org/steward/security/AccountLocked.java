package org.steward.security;

import java.time.Instant;

import org.springframework.security.authentication.LockedException;

/** A login refused because the account is locked after too many failures ({@link LoginThrottle}), until when. */
public final class AccountLocked extends LockedException {

  private final Instant until;

  public AccountLocked(Instant until) {
    super(LoginThrottle.message(until));
    this.until = until;
  }

  /** When the lock ends. */
  public Instant until() {
    return until;
  }
}
