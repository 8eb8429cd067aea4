package org.steward.attachment;

import org.springframework.http.HttpStatus;
import org.steward.shared.StewardException;

/** A file over the size limit (413, naming the file and the limit). */
public class AttachmentTooLarge extends StewardException {

  public AttachmentTooLarge(String fileName, long limitBytes) {
    super(HttpStatus.PAYLOAD_TOO_LARGE, "attachment-too-large", fileName, limitBytes / (1024 * 1024));
  }
}
