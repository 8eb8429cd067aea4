package org.steward.policy;

import java.util.List;

/**
 * A policy as staff draft it: dates as {@code yyyy-MM-dd}, the confirmation limit of key enterprises' officers in
 * working days (default {@link Policies#DEFAULT_CONFIRM_DAYS}), and the target rule.
 */
public record NewPolicy(String title, String issuingDepartment, String summary, String body, String validFrom,
    String validTo, Integer confirmDays, Target target) {

  /** Which enterprises the policy is for: industries, areas, tags, key enterprises only, named enterprises. */
  public record Target(List<String> industries, List<String> areas, List<String> tags, Boolean keyOnly,
      List<Long> enterpriseIds) {
  }
}
