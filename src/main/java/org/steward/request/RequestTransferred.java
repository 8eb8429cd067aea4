package org.steward.request;

/**
 * A case went to another officer (转办): {@code fromOfficer} is null for a case taken from the officers' queue; the
 * reason is the transferring user's, or the enterprise's reassignment.
 */
public record RequestTransferred(String caseNumber, String title, String fromOfficer, String toOfficer, String reason,
    String transferredBy) {
}
