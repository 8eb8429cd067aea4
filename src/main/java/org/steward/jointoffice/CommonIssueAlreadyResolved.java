package org.steward.jointoffice;

import org.springframework.http.HttpStatus;
import org.steward.shared.StewardException;

/** A resolved common issue's links no longer change. */
public class CommonIssueAlreadyResolved extends StewardException {

  public CommonIssueAlreadyResolved(String number) {
    super(HttpStatus.CONFLICT, "common-issue-resolved", number);
  }
}
