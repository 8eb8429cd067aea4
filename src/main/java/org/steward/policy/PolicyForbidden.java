package org.steward.policy;

import org.springframework.http.HttpStatus;
import org.steward.shared.StewardException;

/** Only policy editors (group {@code policy-editors}) and administrators draft and publish policies. */
public class PolicyForbidden extends StewardException {

  public PolicyForbidden() {
    super(HttpStatus.FORBIDDEN, "policy-forbidden");
  }
}
