package org.steward.deputy;

import org.springframework.http.HttpStatus;
import org.steward.shared.StewardException;

/** Only the case's officer, supervisors and administrators copy a case. */
public class CopyForbidden extends StewardException {

  public CopyForbidden() {
    super(HttpStatus.FORBIDDEN, "copy-forbidden");
  }
}
