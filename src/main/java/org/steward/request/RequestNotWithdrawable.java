package org.steward.request;

import org.springframework.http.HttpStatus;
import org.steward.shared.StewardException;

/** A request can be withdrawn only before its officer handed it over (or convened, or escalated it). */
public class RequestNotWithdrawable extends StewardException {

  public RequestNotWithdrawable(String caseNumber, RequestState state) {
    super(HttpStatus.CONFLICT, "request-not-withdrawable", caseNumber, state.name());
  }
}
