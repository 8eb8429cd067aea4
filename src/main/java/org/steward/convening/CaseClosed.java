package org.steward.convening;

import org.springframework.http.HttpStatus;
import org.steward.shared.StewardException;

/** A convening was asked for on a case that is already closed. */
public class CaseClosed extends StewardException {

  public CaseClosed(String caseNumber) {
    super(HttpStatus.CONFLICT, "case-closed", caseNumber);
  }
}
