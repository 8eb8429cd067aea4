package org.steward.ledger;

import java.util.List;

/** One page of the ledger and the number of matters that match the filters. */
public record LedgerPage(List<LedgerRow> items, long total) {
}
