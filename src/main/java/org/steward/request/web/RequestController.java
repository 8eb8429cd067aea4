package org.steward.request.web;

import java.net.URI;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.steward.access.AccessLog;
import org.steward.access.CaseReader;
import org.steward.attachment.Upload;
import org.steward.request.Caller;
import org.steward.request.MaterialAsk;
import org.steward.request.MaterialSupply;
import org.steward.request.NewRequest;
import org.steward.request.RequestEscalations;
import org.steward.request.RequestIntake;
import org.steward.request.RequestManagement;
import org.steward.request.RequestRatings;
import org.steward.request.RequestTransfers;
import org.steward.request.RequestView;
import org.steward.request.Submission;
import org.steward.request.Withdrawal;
import org.steward.security.CallerGroups;
import org.steward.shared.NotFound;

/**
 * Enterprise requests over REST: intake, a case's progress, the enterprise's rating, a supervisor's
 * request for the joint-meeting office and a transfer to another officer (转办). Rights are checked
 * by {@link RequestManagement}; this controller says who calls and logs staff reads of the contact's name and phone.
 */
@RestController
@RequestMapping("/api/requests")
@PreAuthorize("isAuthenticated()")
@RequiredArgsConstructor
class RequestController {

  private final RequestIntake intake;
  private final RequestManagement requests;
  private final Withdrawal withdrawal;
  private final MaterialSupply material;
  private final AccessLog accessLog;
  private final RequestEscalations escalations;
  private final RequestRatings ratings;
  private final RequestTransfers transfers;

  /** 201 with Location for a new case; 200 with the same case for an idempotent repeat. */
  @PostMapping
  ResponseEntity<RequestView> submit(@RequestBody NewRequest body,
      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey, Authentication caller) {
    Submission submission = intake.submit(body, caller(caller), idempotencyKey);
    RequestView view = submission.request();
    if (!submission.created()) {
      return ResponseEntity.ok(view);
    }
    return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/requests/" + view.caseNumber()))
        .body(view);
  }

  @GetMapping("/{caseNumber}")
  RequestView request(@PathVariable String caseNumber, Authentication caller) {
    return logged(requests.view(caseNumber, caller(caller)), caller);
  }

  @PostMapping("/{caseNumber}/satisfaction")
  RequestView rate(@PathVariable String caseNumber, @RequestBody RatingRequest body, Authentication caller) {
    return logged(ratings.rate(caseNumber, body.satisfaction(), body.comment(), caller(caller)), caller);
  }

  /** A supervisor sends the case to the joint-meeting office (提请联席会议); answers the case as it stands after. */
  @PostMapping("/{caseNumber}/escalation")
  RequestView escalate(@PathVariable String caseNumber, @RequestBody EscalationRequest body, Authentication caller) {
    return logged(escalations.requestEscalation(caseNumber, body.reason(), caller(caller)), caller);
  }

  /** 转办: the case's officer (a supervisor, an administrator) hands the case to another officer with a reason. */
  @PostMapping("/{caseNumber}/transfer")
  RequestView transfer(@PathVariable String caseNumber, @RequestBody TransferRequest body, Authentication caller) {
    return logged(transfers.transfer(caseNumber, body.toOfficer(), body.reason(), caller(caller)), caller);
  }

  /** The enterprise withdraws its request before hand-over (撤回), with a reason. */
  @PostMapping("/{caseNumber}/withdrawal")
  RequestView withdraw(@PathVariable String caseNumber, @RequestBody WithdrawalRequest body, Authentication caller) {
    return withdrawal.withdraw(caseNumber, body.reason(), caller(caller));
  }

  /** What the officer asked the enterprise to supply; 404 when nothing is asked. */
  @GetMapping("/{caseNumber}/material")
  MaterialAsk materialAsked(@PathVariable String caseNumber, Authentication caller) {
    return material.pendingAsk(caseNumber, caller(caller)).orElseThrow(() -> new NotFound("material", caseNumber));
  }

  /** The enterprise supplies the material asked for (补充材料): text ({@code answer}) and files ({@code files}). */
  @PostMapping(path = "/{caseNumber}/material", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  RequestView supplyMaterial(@PathVariable String caseNumber,
      @RequestParam(name = "answer", required = false) String answer,
      @RequestParam(name = "files", required = false) List<MultipartFile> files, Authentication caller) {
    return material.supply(caseNumber, answer, Upload.of(files), caller(caller));
  }

  /** As above, text only, as JSON. */
  @PostMapping(path = "/{caseNumber}/material", consumes = MediaType.APPLICATION_JSON_VALUE)
  RequestView supplyMaterialText(@PathVariable String caseNumber, @RequestBody MaterialRequest body,
      Authentication caller) {
    return material.supply(caseNumber, body.answer(), List.of(), caller(caller));
  }

  /** Why the enterprise withdraws its request. */
  record WithdrawalRequest(String reason) {
  }

  /** The enterprise's answer to the officer's call for material. */
  record MaterialRequest(String answer) {
  }

  /** To whom a case is transferred (the officer's user id) and why. */
  record TransferRequest(String toOfficer, String reason) {
  }

  /** Why the joint-meeting office should take the case. */
  record EscalationRequest(String reason) {
  }

  /** The enterprise's (or the officer's) verdict: SATISFIED, BASICALLY_SATISFIED or UNSATISFIED, and a comment. */
  record RatingRequest(String satisfaction, String comment) {
  }

  /** A case answered to staff shows its contact's name and phone: written to the access log. */
  private RequestView logged(RequestView view, Authentication caller) {
    if (CaseReader.of(caller).isStaff()) {
      accessLog.record(caller.getName(), AccessLog.Action.READ_CONTACT, view.caseNumber(), null);
    }
    return view;
  }

  private static Caller caller(Authentication authentication) {
    return new Caller(authentication.getName(), CallerGroups.of(authentication));
  }
}
