package org.steward.handling;

import org.springframework.http.HttpStatus;
import org.steward.shared.StewardException;

/** A step on a unit that has already given feedback or been returned. */
public class UnitNotOpen extends StewardException {

  public UnitNotOpen(long unitId, UnitState state) {
    super(HttpStatus.CONFLICT, "handling-unit-not-open", unitId, state.name());
  }
}
