package org.steward.attachment;

import org.springframework.http.HttpStatus;
import org.steward.shared.StewardException;

/** A file whose content is not an allowed type, or one file too many for a step (400, naming the file). */
public class AttachmentRefused extends StewardException {

  public AttachmentRefused(String code, String fileName, Object... more) {
    super(HttpStatus.BAD_REQUEST, code, prepend(fileName, more));
  }

  static Object[] prepend(String fileName, Object... more) {
    Object[] args = new Object[more.length + 1];
    args[0] = fileName;
    System.arraycopy(more, 0, args, 1, more.length);
    return args;
  }
}
