package org.steward.visit;

import org.springframework.http.HttpStatus;
import org.steward.shared.StewardException;

/** Visits are the officers' (each its own), their supervisors' and the administrators'; cycles are set by these two. */
public class VisitForbidden extends StewardException {

  public VisitForbidden() {
    super(HttpStatus.FORBIDDEN, "visit-forbidden");
  }
}
