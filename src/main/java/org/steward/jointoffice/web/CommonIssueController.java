package org.steward.jointoffice.web;

import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.steward.jointoffice.CommonIssuePage;
import org.steward.jointoffice.CommonIssueView;
import org.steward.jointoffice.CommonIssues;

/**
 * Common issues over REST: the list and one issue with its linked requests for the office, supervisors and
 * administrators; unlinking a request for the office and administrators only.
 */
@RestController
@RequestMapping("/api/common-issues")
@PreAuthorize("hasAnyRole('joint-office', 'supervisors', 'camunda-admin')")
@RequiredArgsConstructor
class CommonIssueController {

  private final CommonIssues issues;

  @GetMapping
  CommonIssuePage list(@RequestParam(required = false) String state, @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    return issues.page(state, page, size);
  }

  @GetMapping("/{id}")
  CommonIssueView issue(@PathVariable long id) {
    return issues.issue(id);
  }

  /** 204: the link is stamped unlinked (kept for the audit) and the request goes back to the office's analysis. */
  @DeleteMapping("/{id}/links/{caseNumber}")
  @PreAuthorize("hasAnyRole('joint-office', 'camunda-admin')")
  ResponseEntity<Void> unlink(@PathVariable long id, @PathVariable String caseNumber, Authentication caller) {
    issues.unlink(id, caseNumber, caller.getName());
    return ResponseEntity.noContent().build();
  }
}
