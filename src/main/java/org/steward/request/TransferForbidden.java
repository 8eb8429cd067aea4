package org.steward.request;

import org.springframework.http.HttpStatus;
import org.steward.shared.StewardException;

/** Only the case's officer, supervisors and administrators may transfer a case (转办). */
public class TransferForbidden extends StewardException {

  public TransferForbidden() {
    super(HttpStatus.FORBIDDEN, "request-transfer-forbidden");
  }
}
