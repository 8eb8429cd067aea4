package org.steward.request;

import org.springframework.http.HttpStatus;
import org.steward.shared.StewardException;

/** Material can be supplied only while the officer waits for it. */
public class RequestNotAwaitingMaterial extends StewardException {

  public RequestNotAwaitingMaterial(String caseNumber, RequestState state) {
    super(HttpStatus.CONFLICT, "request-not-awaiting-material", caseNumber, state.name());
  }
}
