package org.steward.shared;

/**
 * A case's officer changed (转办, or the enterprise's new officer took its open cases over), published in the
 * transaction of the change. What the former officer held for the case as its officer — the convenings it called, the
 * supervision orders addressed to it — follows, each capability moving its own.
 */
public record CaseOfficerChanged(String caseNumber, String fromOfficer, String toOfficer) {
}
