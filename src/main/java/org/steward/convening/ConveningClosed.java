package org.steward.convening;

import org.springframework.http.HttpStatus;
import org.steward.shared.StewardException;

/** A step on a convening that is already concluded. */
public class ConveningClosed extends StewardException {

  public ConveningClosed(long conveningId) {
    super(HttpStatus.CONFLICT, "convening-closed", conveningId);
  }
}
