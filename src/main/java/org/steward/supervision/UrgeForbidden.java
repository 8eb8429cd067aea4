package org.steward.supervision;

import org.springframework.http.HttpStatus;
import org.steward.shared.StewardException;

/** Only supervisors, administrators, the joint-meeting office and the case's own officer may urge. */
public class UrgeForbidden extends StewardException {

  public UrgeForbidden() {
    super(HttpStatus.FORBIDDEN, "urge-forbidden");
  }
}
