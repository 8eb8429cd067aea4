package org.steward.request;

import org.springframework.http.HttpStatus;
import org.steward.shared.StewardException;

/** The caller may not act for this enterprise or on this case. */
public class RequestForbidden extends StewardException {

  public RequestForbidden() {
    super(HttpStatus.FORBIDDEN, "request-forbidden");
  }
}
