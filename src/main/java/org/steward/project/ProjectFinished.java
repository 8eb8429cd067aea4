package org.steward.project;

import org.springframework.http.HttpStatus;
import org.steward.shared.StewardException;

/** The project reached 投产 and its follow-up ended: nothing more can be reported or reassigned on it. */
public class ProjectFinished extends StewardException {

  public ProjectFinished(String code) {
    super(HttpStatus.CONFLICT, "project-finished", code);
  }
}
