package org.steward.request;

import org.springframework.http.HttpStatus;
import org.steward.shared.StewardException;

/** Satisfaction can only be given while the case waits for its return visit. */
public class RequestNotAwaitingRating extends StewardException {

  public RequestNotAwaitingRating(String caseNumber, RequestState state) {
    super(HttpStatus.CONFLICT, "request-not-awaiting-rating", caseNumber, state.name());
  }
}
