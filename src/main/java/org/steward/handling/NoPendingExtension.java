package org.steward.handling;

import org.springframework.http.HttpStatus;
import org.steward.shared.StewardException;

/** A decision on an extension of a unit that has no undecided extension request. */
public class NoPendingExtension extends StewardException {

  public NoPendingExtension(long unitId) {
    super(HttpStatus.CONFLICT, "no-pending-extension", unitId);
  }
}
