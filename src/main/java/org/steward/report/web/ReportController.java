package org.steward.report.web;

import java.io.IOException;

import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.steward.access.AccessLog;
import org.steward.report.Report;
import org.steward.report.ReportExport;
import org.steward.report.ReportManagement;
import org.steward.request.Caller;
import org.steward.security.CallerGroups;
import org.steward.shared.ExportFormat;
import org.steward.shared.Violations;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /api/reports}: the work report of a month ({@code period=2026-11}), quarter ({@code 2026-Q4}), year
 * ({@code 2026}) or range ({@code from}, {@code to}); {@code GET /api/reports/export?format=xlsx|csv}: the same as a
 * file.
 */
@RestController
@RequiredArgsConstructor
class ReportController {

  private final ReportManagement reports;
  private final AccessLog accessLog;

  @GetMapping("/api/reports")
  Report report(@RequestParam(required = false) String period, @RequestParam(required = false) String from,
      @RequestParam(required = false) String to, Authentication caller) {
    return reports.report(period, from, to, caller(caller));
  }

  @GetMapping("/api/reports/export")
  void export(@RequestParam(required = false) String period, @RequestParam(required = false) String from,
      @RequestParam(required = false) String to, @RequestParam(defaultValue = "xlsx") String format,
      Authentication caller, HttpServletRequest request, HttpServletResponse response) throws IOException {
    Report report = reports.report(period, from, to, caller(caller));
    Violations violations = new Violations();
    ExportFormat chosen = ExportFormat.parse(violations, "format", format);
    violations.throwIfAny();
    accessLog.record(caller.getName(), AccessLog.Action.EXPORT_REPORT, null, request.getQueryString());
    response.setContentType(chosen.contentType());
    response.setHeader(HttpHeaders.CONTENT_DISPOSITION, chosen.contentDisposition(ReportExport.title(report),
        "report-" + report.period().from() + "-" + report.period().to()));
    ReportExport.write(report, chosen, response.getOutputStream());
  }

  private static Caller caller(Authentication caller) {
    return new Caller(caller.getName(), CallerGroups.of(caller));
  }
}
