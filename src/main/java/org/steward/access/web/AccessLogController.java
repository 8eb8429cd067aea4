package org.steward.access.web;

import java.time.LocalDate;

import lombok.RequiredArgsConstructor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.steward.access.AccessLog;
import org.steward.access.AccessLogPage;
import org.steward.access.CaseReader;

/** {@code GET /api/access-log}: who read personal data or exported what, newest first; administrators only. */
@RestController
@RequiredArgsConstructor
class AccessLogController {

  private final AccessLog log;

  @GetMapping("/api/access-log")
  AccessLogPage accessLog(@RequestParam(required = false) String user,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
      Authentication caller) {
    return log.page(user, from, to, page, size, CaseReader.of(caller));
  }
}
