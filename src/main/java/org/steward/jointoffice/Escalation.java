package org.steward.jointoffice;

import java.time.Instant;

/**
 * One escalation to the office (one run of {@code joint-meeting}): its subject (a case, or a common issue by number),
 * where it came from, its state and, once closed, its outcome ({@code ARBITRATED} with departments and time limit, or
 * {@code RESOLVED} with the resolution).
 */
public record Escalation(long id, String caseNumber, String subjectKind, EscalationSource source, String reason,
    String title, String enterpriseName, Long commonIssueId, EscalationState state, AnalysisAction action,
    Instant openedAt, Instant closedAt, String outcome, String leadDepartment, String cooperatingDepartments,
    Integer timeLimit, String resolution) {

  /** Subject kinds: a case of another capability, or a common issue of the office. */
  public static final String CASE = "CASE";
  public static final String COMMON_ISSUE = "COMMON_ISSUE";

  /** Outcomes, as the joint-meeting process hands them back in {@code jointOutcome}. */
  public static final String ARBITRATED = "ARBITRATED";
  public static final String RESOLVED = "RESOLVED";

  public boolean isCommonIssue() {
    return COMMON_ISSUE.equals(subjectKind);
  }
}
