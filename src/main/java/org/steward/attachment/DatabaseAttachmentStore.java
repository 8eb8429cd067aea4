package org.steward.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Attachments in Steward's own database, in chunks of 256 KB (V18): one chunk in memory at a time. */
@Component
@RequiredArgsConstructor
class DatabaseAttachmentStore implements AttachmentStore {

  static final int CHUNK = 256 * 1024;

  private final JdbcClient jdbc;

  @Override
  public long write(long attachmentId, InputStream content) {
    byte[] buffer = new byte[CHUNK];
    long total = 0;
    try {
      for (int seq = 0; ; seq++) {
        int read = content.readNBytes(buffer, 0, CHUNK);
        if (read == 0) {
          return total;
        }
        jdbc.sql("insert into attachment_chunk (attachment_id, seq, data) values (:id, :seq, :data)")
            .param("id", attachmentId).param("seq", seq)
            .param("data", read == CHUNK ? buffer : Arrays.copyOf(buffer, read))
            .update();
        total += read;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void read(long attachmentId, OutputStream out) {
    try {
      for (int seq = 0; ; seq++) {
        Optional<byte[]> chunk = jdbc.sql("select data from attachment_chunk where attachment_id = :id and seq = :seq")
            .param("id", attachmentId).param("seq", seq).query(byte[].class).optional();
        if (chunk.isEmpty()) {
          return;
        }
        out.write(chunk.get());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
