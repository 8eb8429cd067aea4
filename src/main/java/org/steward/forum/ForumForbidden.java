package org.steward.forum;

import org.springframework.http.HttpStatus;
import org.steward.shared.StewardException;

/** Officers record meetings with enterprises; their host, supervisors, the joint office and administrators read. */
public class ForumForbidden extends StewardException {

  public ForumForbidden() {
    super(HttpStatus.FORBIDDEN, "forum-forbidden");
  }
}
