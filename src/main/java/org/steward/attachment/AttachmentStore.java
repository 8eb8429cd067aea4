package org.steward.attachment;

import java.io.InputStream;
import java.io.OutputStream;

/**
 * Where the content of attachments lives. The database is the default ({@link DatabaseAttachmentStore}); a store for an
 * S3-compatible service can take its place as a {@code @Primary} bean of this type. Both directions stream.
 */
public interface AttachmentStore {

  /** Writes the whole content for the attachment, in the caller's transaction; answers the number of bytes written. */
  long write(long attachmentId, InputStream content);

  /** Copies the content of the attachment to {@code out}. */
  void read(long attachmentId, OutputStream out);
}
