package org.steward.project;

import org.springframework.http.HttpStatus;
import org.steward.shared.StewardException;

/** A project with this code is registered already. */
public class ProjectExists extends StewardException {

  public ProjectExists(String code) {
    super(HttpStatus.CONFLICT, "project-exists", code);
  }
}
