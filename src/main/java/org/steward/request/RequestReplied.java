package org.steward.request;

/**
 * The officer replied to the enterprise, on the spot ({@code directly}) or after the departments' handling; the return
 * visit follows.
 */
public record RequestReplied(String caseNumber, String reply, String repliedBy, boolean directly) {
}
