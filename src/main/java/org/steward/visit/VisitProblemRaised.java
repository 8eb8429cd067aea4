package org.steward.visit;

import org.springframework.http.HttpStatus;
import org.steward.shared.StewardException;

/** A problem of a visit becomes one request only: the second attempt names the first case (409). */
public class VisitProblemRaised extends StewardException {

  public VisitProblemRaised(long visitId, int problemNo, String caseNumber) {
    super(HttpStatus.CONFLICT, "visit-problem-raised", visitId, problemNo, caseNumber);
  }
}
