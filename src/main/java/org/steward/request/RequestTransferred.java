package org.steward.request;

/**
 * A case went to another officer (转办): {@code fromOfficer} is null for a case taken from the officers' queue; the
 * reason is the transferring user's, or, {@code withEnterprise}, its enterprise's reassignment to a new officer.
 */
public record RequestTransferred(String caseNumber, String title, String fromOfficer, String toOfficer, String reason,
    String transferredBy, boolean withEnterprise) {
}
