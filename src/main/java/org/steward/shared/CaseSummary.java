package org.steward.shared;

/**
 * What other capabilities need to know about a case they work on (a convening, an escalation): who follows it, whom it
 * is for, and whether it is still open. {@code kind} names the capability that owns the case ({@code REQUEST},
 * {@code PROJECT}).
 */
public record CaseSummary(String caseNumber, String kind, String title, String enterpriseName, String officer,
    boolean open) {
}
