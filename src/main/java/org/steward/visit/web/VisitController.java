package org.steward.visit.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.steward.attachment.AttachmentDownloads;
import org.steward.attachment.AttachmentView;
import org.steward.attachment.Attachments;
import org.steward.attachment.Upload;
import org.steward.request.Caller;
import org.steward.request.NewRequest;
import org.steward.security.CallerGroups;
import org.steward.visit.CaseVisits;
import org.steward.visit.VisitCycles;
import org.steward.visit.VisitHistory;
import org.steward.visit.VisitView;
import org.steward.visit.Visits;

/**
 * Visits over REST: an officer lists and reads its own visits, adds photos and raises a problem found as a request;
 * supervisors and administrators read every visit, an enterprise's visits (its history of visits) and set the visit
 * cycles by tag and per enterprise. The record itself is the task 走访企业 of {@code visit-cycle}. A reader of a case
 * gets the latest visits of its enterprise for Tasklist's 案件信息 tab, cut to what its role may see
 * ({@link CaseVisits}): a case-scoped answer rather than {@code /api/visits?enterpriseId=}, which gives the whole
 * records with their internal notes, and to the visiting officer only.
 */
@RestController
@RequiredArgsConstructor
class VisitController {

  private final Visits visits;
  private final VisitHistory history;
  private final VisitCycles cycles;
  private final Attachments attachments;

  /** The caller's visits, or with {@code enterpriseId} that enterprise's visits the caller may read. */
  @GetMapping("/api/visits")
  List<VisitView> list(@RequestParam(required = false) Long enterpriseId, Authentication caller) {
    return enterpriseId == null ? visits.mine(caller(caller)) : visits.ofEnterprise(enterpriseId, caller(caller));
  }

  /** The latest visits of the enterprise of the case, as {@link VisitHistory#ofCase} cuts them for the caller. */
  @GetMapping("/api/requests/{caseNumber}/visits")
  CaseVisits ofCase(@PathVariable String caseNumber, Authentication caller) {
    return history.ofCase(caseNumber, caller(caller));
  }

  @GetMapping("/api/visits/{id}")
  VisitView view(@PathVariable long id, Authentication caller) {
    return visits.view(id, caller(caller));
  }

  @PostMapping(path = "/api/visits/{id}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<List<AttachmentView>> photos(@PathVariable long id,
      @RequestParam(name = "files", required = false) List<MultipartFile> files, Authentication caller) {
    return ResponseEntity.status(HttpStatus.CREATED).body(visits.addPhotos(id, Upload.of(files), caller(caller)));
  }

  /** Always a download, never shown inline ({@link AttachmentDownloads}). */
  @GetMapping("/api/visits/{id}/photos/{photoId}")
  ResponseEntity<StreamingResponseBody> photo(@PathVariable long id, @PathVariable long photoId,
      Authentication caller) {
    return AttachmentDownloads.download(attachments, visits.photo(id, photoId, caller(caller)));
  }

  /** Raises problem {@code n} (from 1) as a request of the enterprise; 201 with the case number. */
  @PostMapping("/api/visits/{id}/problems/{n}/request")
  ResponseEntity<Map<String, String>> raise(@PathVariable long id, @PathVariable int n,
      @RequestBody(required = false) NewRequest body, Authentication caller) {
    String caseNumber = visits.raise(id, n, body, caller(caller));
    return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/requests/" + caseNumber))
        .body(Map.of("caseNumber", caseNumber));
  }

  @GetMapping("/api/visit-cycles")
  VisitCycles.Rules cycles(Authentication caller) {
    return cycles.rules(caller(caller));
  }

  /** Body {@code {"cycle": "MONTHLY"}} or {@code QUARTERLY}. */
  @PutMapping("/api/visit-cycles/tags/{tag}")
  ResponseEntity<Void> setForTag(@PathVariable String tag, @RequestBody(required = false) CycleBody body,
      Authentication caller) {
    cycles.setForTag(tag, body == null ? null : body.cycle(), caller(caller));
    return ResponseEntity.noContent().build();
  }

  @DeleteMapping("/api/visit-cycles/tags/{tag}")
  ResponseEntity<Void> clearForTag(@PathVariable String tag, Authentication caller) {
    cycles.clearForTag(tag, caller(caller));
    return ResponseEntity.noContent().build();
  }

  @PutMapping("/api/visit-cycles/enterprises/{enterpriseId}")
  ResponseEntity<Void> setForEnterprise(@PathVariable long enterpriseId,
      @RequestBody(required = false) CycleBody body, Authentication caller) {
    cycles.setForEnterprise(enterpriseId, body == null ? null : body.cycle(), caller(caller));
    return ResponseEntity.noContent().build();
  }

  @DeleteMapping("/api/visit-cycles/enterprises/{enterpriseId}")
  ResponseEntity<Void> clearForEnterprise(@PathVariable long enterpriseId, Authentication caller) {
    cycles.clearForEnterprise(enterpriseId, caller(caller));
    return ResponseEntity.noContent().build();
  }

  /** A cycle as set over REST. */
  record CycleBody(String cycle) {
  }

  private static Caller caller(Authentication caller) {
    return new Caller(caller.getName(), CallerGroups.of(caller));
  }
}
