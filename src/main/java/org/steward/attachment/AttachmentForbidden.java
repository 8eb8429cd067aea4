package org.steward.attachment;

import org.springframework.http.HttpStatus;
import org.steward.shared.StewardException;

/** Only staff add files to a case this way; an enterprise adds them with its request or the material it supplies. */
public class AttachmentForbidden extends StewardException {

  public AttachmentForbidden(String caseNumber) {
    super(HttpStatus.FORBIDDEN, "attachment-forbidden", caseNumber);
  }
}
