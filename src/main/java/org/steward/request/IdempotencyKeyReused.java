package org.steward.request;

import org.springframework.http.HttpStatus;
import org.steward.shared.StewardException;

/** The Idempotency-Key was used before by the same user with another request body. */
public class IdempotencyKeyReused extends StewardException {

  public IdempotencyKeyReused(String key, String caseNumber) {
    super(HttpStatus.CONFLICT, "idempotency-key-reused", key, caseNumber);
  }
}
