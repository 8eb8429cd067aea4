package org.steward.directory;

import org.springframework.http.HttpStatus;
import org.steward.shared.StewardException;

/** A Camunda user with this id already exists (HTTP 409). */
public class UserExists extends StewardException {

  public UserExists(String userId) {
    super(HttpStatus.CONFLICT, "user-exists", userId);
  }
}
