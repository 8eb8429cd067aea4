package org.steward.convening;

import org.springframework.http.HttpStatus;
import org.steward.shared.StewardException;

/** The caller may not convene on this case, or may not change this convening. */
public class ConveningForbidden extends StewardException {

  public ConveningForbidden() {
    super(HttpStatus.FORBIDDEN, "convening-forbidden");
  }
}
