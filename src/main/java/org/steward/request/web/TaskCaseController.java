package org.steward.request.web;

import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.steward.request.Caller;
import org.steward.request.TaskCases;
import org.steward.security.CallerGroups;
import org.steward.shared.NotFound;

/** Which enterprise request a task belongs to: Tasklist's 案件信息 tab starts here. */
@RestController
@PreAuthorize("isAuthenticated()")
@RequiredArgsConstructor
class TaskCaseController {

  private final TaskCases cases;

  /** {@code {"caseNumber": …}}; 404 for a task the caller cannot read or one that belongs to no request. */
  @GetMapping("/api/tasks/{taskId}/case")
  Map<String, String> caseOf(@PathVariable String taskId, Authentication caller) {
    return cases.caseOf(taskId, new Caller(caller.getName(), CallerGroups.of(caller)))
        .map(caseNumber -> Map.of("caseNumber", caseNumber))
        .orElseThrow(() -> new NotFound("task", taskId));
  }
}
