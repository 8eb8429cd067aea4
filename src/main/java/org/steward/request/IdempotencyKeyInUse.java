package org.steward.request;

import org.springframework.http.HttpStatus;
import org.steward.shared.StewardException;

/** Another submission with the same Idempotency-Key is being stored right now; a retry answers its case. */
public class IdempotencyKeyInUse extends StewardException {

  public IdempotencyKeyInUse(String key) {
    super(HttpStatus.CONFLICT, "idempotency-key-in-use", key);
  }
}
