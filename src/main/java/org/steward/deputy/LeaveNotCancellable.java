package org.steward.deputy;

import org.springframework.http.HttpStatus;
import org.steward.shared.StewardException;

/** A leave that has ended or was cancelled already cannot be cancelled. */
public class LeaveNotCancellable extends StewardException {

  public LeaveNotCancellable(long id) {
    super(HttpStatus.CONFLICT, "deputy-leave-not-cancellable", id);
  }
}
