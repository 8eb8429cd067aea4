package org.steward.directory;

import org.springframework.http.HttpStatus;
import org.steward.shared.StewardException;

/** A department with this code or name already exists (HTTP 409). */
public class DepartmentExists extends StewardException {

  public DepartmentExists(String code) {
    super(HttpStatus.CONFLICT, "department-exists", code);
  }
}
