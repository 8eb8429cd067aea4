package org.steward.directory;

import org.springframework.http.HttpStatus;
import org.steward.shared.StewardException;

/** An enterprise with this unified social credit code is already registered (HTTP 409). */
public class EnterpriseExists extends StewardException {

  public EnterpriseExists(String creditCode) {
    super(HttpStatus.CONFLICT, "enterprise-exists", creditCode);
  }
}
