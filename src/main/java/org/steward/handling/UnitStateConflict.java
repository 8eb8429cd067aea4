package org.steward.handling;

import org.springframework.http.HttpStatus;
import org.steward.shared.StewardException;

/** A unit cannot enter that state from the one it is in ({@link UnitState#enteredFrom()}); nothing changed. */
public class UnitStateConflict extends StewardException {

  public UnitStateConflict(long unitId, UnitState state, UnitState wanted) {
    super(HttpStatus.CONFLICT, "handling-unit-state-conflict", unitId, state.name(), wanted.name());
  }
}
