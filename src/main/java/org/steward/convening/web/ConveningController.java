package org.steward.convening.web;

import java.net.URI;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.steward.access.CaseAccess;
import org.steward.access.CaseReader;
import org.steward.convening.Convening;
import org.steward.convening.ConveningManagement;
import org.steward.convening.Convenings;
import org.steward.shared.NotFound;

/**
 * Convenings of a case over REST: convene officers, read them, add an officer (加签). Staff only; who may convene or
 * add is decided by {@link ConveningManagement}, who reads the case by {@link CaseAccess} (404 for others).
 */
@RestController
@RequestMapping("/api/cases/{caseNumber}/convenings")
@PreAuthorize("hasAnyRole('officers', 'supervisors', 'joint-office', 'camunda-admin')")
@RequiredArgsConstructor
class ConveningController {

  private final ConveningManagement management;
  private final Convenings convenings;
  private final CaseAccess access;

  /** 201 with Location and the new convening, its officers and due date. */
  @PostMapping
  ResponseEntity<Convening> convene(@PathVariable String caseNumber, @RequestBody NewConvening body,
      Authentication caller) {
    Convening convening = management.convene(caseNumber, body.question(), body.officers(),
        body.timeLimit() == null ? 0 : body.timeLimit(), caller.getName());
    return ResponseEntity.status(HttpStatus.CREATED)
        .location(URI.create("/api/cases/" + caseNumber + "/convenings/" + convening.id())).body(convening);
  }

  @GetMapping
  List<Convening> ofCase(@PathVariable String caseNumber, Authentication caller) {
    access.checkRead(caseNumber, CaseReader.of(caller));
    return convenings.ofCase(caseNumber);
  }

  @GetMapping("/{id}")
  Convening convening(@PathVariable String caseNumber, @PathVariable long id, Authentication caller) {
    access.checkRead(caseNumber, CaseReader.of(caller));
    return ofThisCase(caseNumber, id);
  }

  /** 加签: one more officer while the convening runs. */
  @PostMapping("/{id}/officers")
  Convening addOfficer(@PathVariable String caseNumber, @PathVariable long id, @RequestBody AddedOfficer body,
      Authentication caller) {
    ofThisCase(caseNumber, id);
    return management.addOfficer(id, body.officer(), caller.getName());
  }

  private Convening ofThisCase(String caseNumber, long id) {
    Convening convening = convenings.convening(id);
    if (!convening.caseNumber().equals(caseNumber)) {
      throw new NotFound("convening", id);
    }
    return convening;
  }

  /** The body of a new convening: the question, the officers' user ids, the time limit in working days. */
  record NewConvening(String question, List<String> officers, Integer timeLimit) {
  }

  /** The body of 加签: the added officer's user id. */
  record AddedOfficer(String officer) {
  }
}
