package org.steward.survey;

import org.springframework.http.HttpStatus;
import org.steward.shared.StewardException;

/** Only policy editors and administrators run campaigns; supervisors and leaders read their results too. */
public class SurveyForbidden extends StewardException {

  public SurveyForbidden() {
    super(HttpStatus.FORBIDDEN, "survey-forbidden");
  }
}
