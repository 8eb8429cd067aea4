package org.steward.supervision;

import org.springframework.http.HttpStatus;
import org.steward.shared.StewardException;

/** Only the order's target signs for and answers it; only its issuer reviews the answer. */
public class SupervisionOrderForbidden extends StewardException {

  public SupervisionOrderForbidden() {
    super(HttpStatus.FORBIDDEN, "supervision-order-forbidden");
  }
}
