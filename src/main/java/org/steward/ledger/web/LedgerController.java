package org.steward.ledger.web;

import java.io.IOException;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.steward.access.AccessLog;
import org.steward.access.CaseReader;
import org.steward.ledger.Ledger;
import org.steward.ledger.LedgerExport;
import org.steward.ledger.LedgerFilter;
import org.steward.ledger.LedgerPage;
import org.steward.shared.ExportFormat;
import org.steward.request.Categories;
import org.steward.shared.StewardClock;
import org.steward.shared.TableWriter;
import org.steward.shared.Violations;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /api/ledger}: the ledger (台账), filtered, paged from page 0, nearest deadline first
 * ({@code supervised=true} keeps the matters under a supervision order awaiting its answer);
 * {@code GET /api/ledger/export}: the same matters as a file.
 */
@RestController
@RequiredArgsConstructor
class LedgerController {

  private final Ledger ledger;
  private final LedgerExport ledgerExport;
  private final Categories categories;
  private final AccessLog accessLog;

  @GetMapping("/api/ledger")
  LedgerPage ledger(LedgerParams params, @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size, Authentication caller) {
    return ledger.page(params.filter(page, size), CaseReader.of(caller));
  }

  /**
   * {@code GET /api/ledger/export}: the coordination items list (协调事项明细表) of the same filters, every match, one line
   * per matter and unit, as {@code format=xlsx} (default) or {@code csv}.
   */
  @GetMapping("/api/ledger/export")
  void export(LedgerParams params, @RequestParam(defaultValue = "xlsx") String format, Authentication caller,
      HttpServletRequest request, HttpServletResponse response) throws IOException {
    LedgerFilter filter = params.filter(0, 1);
    CaseReader reader = CaseReader.of(caller);
    ledgerExport.exportLines(filter, reader);
    Violations violations = new Violations();
    ExportFormat chosen = ExportFormat.parse(violations, "format", format);
    violations.throwIfAny();
    accessLog.record(caller.getName(), AccessLog.Action.EXPORT_LEDGER, null, request.getQueryString());
    response.setContentType(chosen.contentType());
    response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
        chosen.contentDisposition(LedgerSheet.TITLE + "-" + StewardClock.today(), "ledger-" + StewardClock.today()));
    try (TableWriter writer = TableWriter.of(chosen, response.getOutputStream())) {
      writer.table(LedgerSheet.TITLE, LedgerSheet.COLUMNS);
      Map<String, String> categoryLabels = categories.labels();
      ledgerExport.export(filter, reader, line -> LedgerSheet.write(writer, line, categoryLabels));
    }
  }
}
