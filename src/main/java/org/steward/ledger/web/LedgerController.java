package org.steward.ledger.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.steward.ledger.Ledger;
import org.steward.ledger.LedgerFilter;
import org.steward.ledger.LedgerPage;
import org.steward.ledger.LedgerScope;
import org.steward.security.CallerGroups;

/**
 * {@code GET /api/ledger}: the ledger (台账), filtered, paged from page 0, nearest deadline first; {@code supervised=true}
 * keeps the matters under a supervision order awaiting its answer.
 */
@RestController
class LedgerController {

  private final Ledger ledger;

  LedgerController(Ledger ledger) {
    this.ledger = ledger;
  }

  @GetMapping("/api/ledger")
  LedgerPage ledger(
      @RequestParam(required = false) String state,
      @RequestParam(required = false) String light,
      @RequestParam(required = false) String department,
      @RequestParam(required = false) String officer,
      @RequestParam(required = false) Long enterprise,
      @RequestParam(required = false) String category,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate submittedFrom,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate submittedTo,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size,
      @RequestParam(required = false) Boolean supervised,
      Authentication caller) {
    return ledger.page(
        new LedgerFilter(state, light, department, officer, enterprise, category, submittedFrom, submittedTo, page, size,
            supervised),
        LedgerScope.of(caller.getName(), CallerGroups.of(caller)));
  }
}
