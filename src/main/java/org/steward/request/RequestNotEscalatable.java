package org.steward.request;

import org.springframework.http.HttpStatus;
import org.steward.shared.StewardException;

/** Only a case that is being decided or handled can go to the joint-meeting office. */
public class RequestNotEscalatable extends StewardException {

  public RequestNotEscalatable(String caseNumber, RequestState state) {
    super(HttpStatus.CONFLICT, "request-not-escalatable", caseNumber, state.name());
  }
}
