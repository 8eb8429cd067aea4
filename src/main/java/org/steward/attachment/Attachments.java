package org.steward.attachment;

import java.util.List;

import org.springframework.stereotype.Service;

/**
 * The attachment capability's API. Files are checked by their content (PDF, JPEG, PNG, Word, Excel), by size and by
 * count before anything is stored, and stored in the caller's transaction, so a refused file leaves nothing behind.
 * Rights to add are the calling capability's; reads are checked against the case scope by the download endpoint.
 */
@Service
public class Attachments {

  /**
   * Checks files without storing them: every file's type from its content, its size, and their count.
   *
   * @throws AttachmentRefused naming the first bad file (400), or {@link AttachmentTooLarge} (413)
   */
  public void check(List<Upload> uploads) {
    throw new UnsupportedOperationException("attachments: being built (issue 12)");
  }

  /** Checks, then stores the files of one step of a case in the caller's transaction; answers them in order. */
  public List<AttachmentView> add(String caseNumber, AttachmentSource source, String uploadedBy, List<Upload> uploads) {
    throw new UnsupportedOperationException("attachments: being built (issue 12)");
  }

  /** The files of a case, oldest first, without a rights check (the caller has checked that the reader may read it). */
  public List<AttachmentView> of(String caseNumber) {
    throw new UnsupportedOperationException("attachments: being built (issue 12)");
  }
}
