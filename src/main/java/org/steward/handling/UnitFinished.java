package org.steward.handling;

/**
 * A unit stopped being handled (it fed back, returned the matter, or was withdrawn when its case went to the
 * joint-meeting office): what supervised it ends, with {@code note}. Published in the transaction that finished it.
 */
public record UnitFinished(long unitId, String caseNumber, String byUser, String note) {
}
