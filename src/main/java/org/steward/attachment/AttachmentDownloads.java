package org.steward.attachment;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * A file as an HTTP download, wherever it is served (the API, the portal): always an attachment, never shown inline,
 * so that a browser never interprets an uploaded file as a page; the Chinese name intact (RFC 6266 / 5987); streamed.
 */
public final class AttachmentDownloads {

  private AttachmentDownloads() {
  }

  public static ResponseEntity<StreamingResponseBody> download(Attachments attachments, AttachmentView file) {
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .contentType(MediaType.parseMediaType(file.contentType()))
        .contentLength(file.size())
        .body(out -> attachments.copy(file, out));
  }
}
