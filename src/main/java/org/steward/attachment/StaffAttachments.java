package org.steward.attachment;

import java.util.List;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.access.CaseAccess;
import org.steward.access.CaseReader;
import org.steward.timeline.Timeline;

/**
 * Staff working on a case add files to it (the officer, a department with its feedback, the joint-meeting office with
 * its analysis): whoever of the staff may read the case. Enterprises add files only with their request and with the
 * material they supply.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class StaffAttachments {

  private final Attachments attachments;
  private final CaseAccess access;
  private final Timeline timeline;

  /** Adds the files and a timeline line naming them; 404 outside the case scope, 403 for an enterprise. */
  public List<AttachmentView> add(String caseNumber, CaseReader reader, List<Upload> uploads) {
    access.checkRead(caseNumber, reader);
    if (!reader.isStaff()) {
      throw new AttachmentForbidden(caseNumber);
    }
    if (uploads.isEmpty()) {
      throw new AttachmentRefused("attachment-none", "files");
    }
    List<AttachmentView> added = attachments.add(caseNumber, AttachmentSource.STAFF, reader.userId(), uploads);
    timeline.record(caseNumber, "ATTACHMENTS_ADDED", reader.userId(), "上传附件",
        added.stream().map(AttachmentView::fileName).collect(Collectors.joining("、")));
    return added;
  }
}
