package org.steward.workreport.web;

import java.util.List;

import lombok.RequiredArgsConstructor;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.steward.request.Caller;
import org.steward.security.CallerGroups;
import org.steward.workreport.WorkReport;
import org.steward.workreport.WorkReports;

/** Work reports ({@code /api/work-reports}): an officer's own, or everyone's for supervisors and leaders. */
@RestController
@RequiredArgsConstructor
class WorkReportController {

  private final WorkReports reports;

  @GetMapping("/api/work-reports")
  List<WorkReport> list(Authentication caller) {
    return reports.list(new Caller(caller.getName(), CallerGroups.of(caller)));
  }
}
