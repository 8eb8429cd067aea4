package org.steward.policy;

import org.steward.directory.TargetInput;

/**
 * A policy as staff draft it: dates as {@code yyyy-MM-dd}, the confirmation limit of key enterprises' officers in
 * working days (default {@link Policies#DEFAULT_CONFIRM_DAYS}), and the target rule.
 */
public record NewPolicy(String title, String issuingDepartment, String summary, String body, String validFrom,
    String validTo, Integer confirmDays, TargetInput target) {

}
