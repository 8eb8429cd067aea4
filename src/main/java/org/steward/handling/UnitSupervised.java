package org.steward.handling;

/** A supervisor chased an overdue unit (督办) with {@code note}; its open supervision ends. */
public record UnitSupervised(long unitId, String caseNumber, String byUser, String note) {
}
