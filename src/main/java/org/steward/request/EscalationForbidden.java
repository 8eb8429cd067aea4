package org.steward.request;

import org.springframework.http.HttpStatus;
import org.steward.shared.StewardException;

/** Only supervisors and administrators may send a case to the joint-meeting office from outside its flow. */
public class EscalationForbidden extends StewardException {

  public EscalationForbidden() {
    super(HttpStatus.FORBIDDEN, "request-escalation-forbidden");
  }
}
