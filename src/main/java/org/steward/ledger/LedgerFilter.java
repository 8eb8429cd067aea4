package org.steward.ledger;

import java.time.LocalDate;

/**
 * The ledger's filters; null means "any". {@code page} counts from 0. {@code supervised} true keeps the matters with a
 * supervision order awaiting its answer, false those without.
 */
public record LedgerFilter(String state, String light, String department, String officer, Long enterprise,
    String category, LocalDate submittedFrom, LocalDate submittedTo, int page, int size, Boolean supervised) {
}
