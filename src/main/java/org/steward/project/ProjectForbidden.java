package org.steward.project;

import org.springframework.http.HttpStatus;
import org.steward.shared.StewardException;

/** The caller may not do this with projects (e.g. an enterprise registering one, an officer reassigning). */
public class ProjectForbidden extends StewardException {

  public ProjectForbidden() {
    super(HttpStatus.FORBIDDEN, "project-forbidden");
  }
}
