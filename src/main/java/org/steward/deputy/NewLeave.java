package org.steward.deputy;

/**
 * A leave to set: the officer (the caller when absent), the deputy, the first and last day ({@code yyyy-MM-dd},
 * Beijing time) and an optional reason.
 */
public record NewLeave(String officerId, String deputyId, String startsOn, String endsOn, String reason) {
}
