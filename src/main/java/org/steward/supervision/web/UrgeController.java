package org.steward.supervision.web;

import java.util.List;

import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.steward.security.CallerGroups;
import org.steward.supervision.CaseUrges;
import org.steward.supervision.SupervisionManagement;
import org.steward.supervision.Urge;

/**
 * Urges (催办) of a case over REST. Staff only; who may urge a case is decided by {@link SupervisionManagement}, this
 * controller only says who calls.
 */
@RestController
@RequestMapping("/api/cases/{caseNumber}/urges")
@PreAuthorize("hasAnyRole('officers', 'supervisors', 'joint-office', 'camunda-admin')")
@RequiredArgsConstructor
class UrgeController {

  private final SupervisionManagement supervision;

  /** 201 with the urges sent: one per holder of the case's open tasks (or of the one task named). */
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  List<Urge> urge(@PathVariable String caseNumber, @RequestBody NewUrge body, Authentication caller) {
    return supervision.urge(caseNumber, body.taskId(), body.message(), caller.getName(), CallerGroups.of(caller));
  }

  @GetMapping
  CaseUrges urges(@PathVariable String caseNumber, Authentication caller) {
    return supervision.urgesOf(caseNumber, caller.getName(), CallerGroups.of(caller));
  }

  /** The body of an urge: the message, and optionally the one task whose holder is urged. */
  record NewUrge(String message, String taskId) {
  }
}
