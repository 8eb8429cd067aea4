package org.steward.survey;

import org.springframework.http.HttpStatus;
import org.steward.shared.StewardException;

/** An answer came when the campaign was not open (before its open date or after its close): nothing was stored. */
public class SurveyClosed extends StewardException {

  public SurveyClosed(long id) {
    super(HttpStatus.CONFLICT, "survey-closed", id);
  }
}
