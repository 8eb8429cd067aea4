package org.steward.portal;

import java.util.List;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.attachment.AttachmentSource;
import org.steward.attachment.Attachments;
import org.steward.attachment.Upload;
import org.steward.request.Caller;
import org.steward.request.NewRequest;
import org.steward.request.RequestIntake;
import org.steward.request.Submission;

/**
 * 我要提诉求 with files: the files are checked before anything is stored, then the case and its files are stored in one
 * transaction. A resubmitted form (same idempotency key) answers the first case and adds no file twice.
 */
@Service
@RequiredArgsConstructor
public class EnterpriseSubmission {

  private final RequestIntake requests;
  private final Attachments attachments;

  @Transactional
  public Submission submit(NewRequest request, List<Upload> files, Caller caller, String idempotencyKey) {
    attachments.check(files);
    Submission submission = requests.submit(request, caller, idempotencyKey);
    if (submission.created()) {
      attachments.add(submission.request().caseNumber(), AttachmentSource.SUBMISSION, caller.userId(), files);
    }
    return submission;
  }
}
