package org.steward.ledger.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.steward.ledger.LedgerFilter;

/** The ledger's filter parameters, shared by the page and the export; absent means "any". */
record LedgerParams(String state, String light, String department, String officer, Long enterprise, String category,
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate submittedFrom,
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate submittedTo, Boolean supervised) {

  LedgerFilter filter(int page, int size) {
    return new LedgerFilter(state, light, department, officer, enterprise, category, submittedFrom, submittedTo, page,
        size, supervised);
  }
}
