package org.steward.attachment.web;

import java.util.List;

import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.steward.access.CaseAccess;
import org.steward.access.CaseReader;
import org.steward.attachment.AttachmentDownloads;
import org.steward.attachment.AttachmentView;
import org.steward.attachment.Attachments;
import org.steward.attachment.StaffAttachments;
import org.steward.attachment.Upload;

/**
 * A case's attachments over REST: the list and each download for readers of the case, and uploads by staff working on
 * it (an enterprise adds files with its request and with the material it supplies).
 */
@RestController
@PreAuthorize("isAuthenticated()")
@RequiredArgsConstructor
class AttachmentController {

  private final Attachments attachments;
  private final StaffAttachments staff;
  private final CaseAccess access;

  @GetMapping("/api/requests/{caseNumber}/attachments")
  List<AttachmentView> list(@PathVariable String caseNumber, Authentication caller) {
    access.checkRead(caseNumber, CaseReader.of(caller));
    return attachments.of(caseNumber);
  }

  @PostMapping(path = "/api/requests/{caseNumber}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<List<AttachmentView>> upload(@PathVariable String caseNumber,
      @RequestParam(name = "files", required = false) List<MultipartFile> files, Authentication caller) {
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(staff.add(caseNumber, CaseReader.of(caller), Upload.of(files)));
  }

  /** Always a download, never shown inline ({@link AttachmentDownloads}). */
  @GetMapping("/api/attachments/{id}")
  ResponseEntity<StreamingResponseBody> download(@PathVariable long id, Authentication caller) {
    return AttachmentDownloads.download(attachments, attachments.find(id, CaseReader.of(caller)));
  }
}
