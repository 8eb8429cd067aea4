package org.steward.supervision;

import org.springframework.http.HttpStatus;
import org.steward.shared.StewardException;

/** Every holder of the case's open tasks was urged on this case within the last hour: nothing was sent again. */
public class UrgedTooOften extends StewardException {

  public UrgedTooOften(String caseNumber, String targets, long minutes) {
    super(HttpStatus.TOO_MANY_REQUESTS, "urged-too-often", caseNumber, targets, minutes);
  }
}
