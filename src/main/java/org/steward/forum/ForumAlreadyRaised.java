package org.steward.forum;

import org.springframework.http.HttpStatus;
import org.steward.shared.StewardException;

/** A meeting's problems become requests once: raising them again changes nothing. */
public class ForumAlreadyRaised extends StewardException {

  public ForumAlreadyRaised(long id) {
    super(HttpStatus.CONFLICT, "forum-already-raised", id);
  }
}
