package org.steward.attachment;

import java.time.OffsetDateTime;

/** What a reader of the case sees of a file: never its content, which is downloaded on its own. */
public record AttachmentView(long id, String caseNumber, AttachmentSource source, String fileName, String contentType,
    long size, String uploadedBy, OffsetDateTime uploadedAt) {
}
