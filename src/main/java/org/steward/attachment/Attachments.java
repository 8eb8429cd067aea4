package org.steward.attachment;

import static org.steward.shared.Rows.instant;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.access.CaseAccess;
import org.steward.access.CaseReader;
import org.steward.shared.NotFound;
import org.steward.shared.StewardClock;

/**
 * The attachment capability's API. Files are checked by their content (PDF, JPEG, PNG, Word, Excel), by size and by
 * count before anything is stored, and stored in the caller's transaction, so a refused file leaves nothing behind.
 * Rights to add are the calling capability's; reads are checked against the case scope ({@link CaseAccess}).
 */
@Service
@Transactional
@EnableConfigurationProperties(AttachmentProperties.class)
@RequiredArgsConstructor
public class Attachments {

  private static final Logger log = LoggerFactory.getLogger(Attachments.class);

  private final JdbcClient jdbc;
  private final AttachmentStore store;
  private final CaseAccess access;
  private final AttachmentProperties limits;
  private final ContentTypes types = new ContentTypes();

  /**
   * Checks files without storing them: their count, then each file's name, size and type from its content.
   *
   * @throws AttachmentRefused naming the first bad file (400), or {@link AttachmentTooLarge} (413)
   */
  @Transactional(readOnly = true)
  public void check(List<Upload> uploads) {
    checked(uploads);
  }

  /** Checks, then stores the files of one step of a case in the caller's transaction; answers them in order. */
  public List<AttachmentView> add(String caseNumber, AttachmentSource source, String uploadedBy, List<Upload> uploads) {
    List<Checked> files = checked(uploads);
    List<AttachmentView> added = new ArrayList<>();
    for (Checked file : files) {
      added.add(store(caseNumber, source, uploadedBy, file));
    }
    return added;
  }

  /** The files of a case, oldest first, without a rights check (the caller has checked that the reader may read it). */
  @Transactional(readOnly = true)
  public List<AttachmentView> of(String caseNumber) {
    return jdbc.sql("select * from attachment where case_number = :caseNumber order by id")
        .param("caseNumber", caseNumber).query((rs, n) -> view(rs)).list();
  }

  /** A file for a reader of its case; {@link NotFound} for anyone else, as for no file. */
  @Transactional(readOnly = true)
  public AttachmentView find(long id, CaseReader reader) {
    Optional<AttachmentView> file = jdbc.sql("select * from attachment where id = :id").param("id", id)
        .query((rs, n) -> view(rs)).optional();
    if (file.isEmpty() || !access.mayRead(file.get().caseNumber(), reader)) {
      throw new NotFound("attachment", String.valueOf(id));
    }
    return file.get();
  }

  /** Copies a file's content, found first with {@link #find}, to {@code out}, one chunk at a time. */
  @Transactional(readOnly = true)
  public void copy(AttachmentView file, OutputStream out) {
    store.read(file.id(), out);
  }

  private record Checked(Upload upload, String fileName, String contentType) {
  }

  private List<Checked> checked(List<Upload> uploads) {
    List<Upload> files = uploads == null ? List.of() : uploads.stream().filter(Objects::nonNull).toList();
    if (files.size() > limits.maxFiles()) {
      throw new AttachmentRefused("attachment-too-many", files.get(limits.maxFiles()).fileName(), limits.maxFiles());
    }
    List<Checked> checked = new ArrayList<>();
    for (Upload upload : files) {
      String name = FileNames.clean(upload.fileName())
          .orElseThrow(() -> new AttachmentRefused("attachment-name-missing", String.valueOf(upload.fileName())));
      if (upload.size() > limits.maxFileSize().toBytes()) {
        throw new AttachmentTooLarge(name, limits.maxFileSize().toBytes());
      }
      if (upload.size() == 0) {
        throw new AttachmentRefused("attachment-empty", name);
      }
      String type = types.detect(upload.content())
          .orElseThrow(() -> new AttachmentRefused("attachment-type-refused", name));
      checked.add(new Checked(upload, name, type));
    }
    return checked;
  }

  private AttachmentView store(String caseNumber, AttachmentSource source, String uploadedBy, Checked file) {
    Instant now = StewardClock.now();
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            insert into attachment (case_number, source, file_name, content_type, size_bytes, uploaded_by, uploaded_at)
            values (:caseNumber, :source, :fileName, :contentType, :size, :uploadedBy, :uploadedAt)""")
        .param("caseNumber", caseNumber).param("source", source.name()).param("fileName", file.fileName())
        .param("contentType", file.contentType()).param("size", file.upload().size())
        .param("uploadedBy", uploadedBy).param("uploadedAt", Timestamp.from(now))
        .update(key, "id");
    long id = Objects.requireNonNull(key.getKey(), "generated attachment id").longValue();
    MessageDigest sha256 = sha256();
    long size;
    try (InputStream in = new DigestInputStream(file.upload().content().getInputStream(), sha256)) {
      size = store.write(id, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (size > limits.maxFileSize().toBytes()) {
      // the declared size was smaller than the content: refuse it all, the transaction rolls back
      throw new AttachmentTooLarge(file.fileName(), limits.maxFileSize().toBytes());
    }
    jdbc.sql("update attachment set size_bytes = :size, sha256 = :sha where id = :id")
        .param("size", size).param("sha", HexFormat.of().formatHex(sha256.digest())).param("id", id).update();
    log.info("Attachment {} ({}, {} bytes, {}) added to {} by {}", id, file.contentType(), size, source, caseNumber,
        uploadedBy);
    return new AttachmentView(id, caseNumber, source, file.fileName(), file.contentType(), size, uploadedBy,
        now.atZone(StewardClock.ZONE).toOffsetDateTime());
  }

  private static AttachmentView view(ResultSet rs) throws SQLException {
    return new AttachmentView(rs.getLong("id"), rs.getString("case_number"),
        AttachmentSource.valueOf(rs.getString("source")), rs.getString("file_name"), rs.getString("content_type"),
        rs.getLong("size_bytes"), rs.getString("uploaded_by"),
        instant(rs, "uploaded_at").atZone(StewardClock.ZONE).toOffsetDateTime());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
