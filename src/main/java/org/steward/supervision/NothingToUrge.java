package org.steward.supervision;

import org.springframework.http.HttpStatus;
import org.steward.shared.StewardException;

/** The case is closed or nobody holds an open task of it: there is nobody to urge. */
public class NothingToUrge extends StewardException {

  public NothingToUrge(String caseNumber) {
    super(HttpStatus.CONFLICT, "nothing-to-urge", caseNumber);
  }
}
