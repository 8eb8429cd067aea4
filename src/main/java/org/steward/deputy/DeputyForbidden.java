package org.steward.deputy;

import org.springframework.http.HttpStatus;
import org.steward.shared.StewardException;

/** Only the officer, the officer's supervisor and administrators set or cancel the officer's leave. */
public class DeputyForbidden extends StewardException {

  public DeputyForbidden() {
    super(HttpStatus.FORBIDDEN, "deputy-forbidden");
  }
}
