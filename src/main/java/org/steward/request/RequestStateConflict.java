package org.steward.request;

import org.springframework.http.HttpStatus;
import org.steward.shared.StewardException;

/** A case cannot enter that state from the one it is in ({@link RequestState#enteredFrom()}); nothing changed. */
public class RequestStateConflict extends StewardException {

  public RequestStateConflict(String caseNumber, RequestState state, RequestState wanted) {
    super(HttpStatus.CONFLICT, "request-state-conflict", caseNumber, state.name(), wanted.name());
  }
}
