package org.steward.request;

import org.springframework.http.HttpStatus;
import org.steward.shared.StewardException;

/** A case that has ended (closed, withdrawn, closed for want of material) stays with its officer; nothing changed. */
public class RequestNotTransferable extends StewardException {

  public RequestNotTransferable(String caseNumber, RequestState state) {
    super(HttpStatus.CONFLICT, "request-not-transferable", caseNumber, state.name());
  }
}
