package org.steward.jointoffice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What an analysis did. ARBITRATE and DECIDE close the escalation ({@code outcome} with the arbitration or the
 * resolution); COMMON_ISSUE leaves it waiting for {@code commonIssueNumber}; JOINT_MEETING opened meeting
 * {@code meetingId} whose {@code meetingDepartments} give positions by {@code positionDueDate} (yellow from
 * {@code positionWarnAt}, red from {@code positionDueAt}).
 */
public record Analysis(AnalysisAction action, String outcome, String leadDepartment, String cooperatingDepartments,
    Integer timeLimit, String resolution, String commonIssueNumber, Long meetingId, List<String> meetingDepartments,
    LocalDate positionDueDate, Instant positionWarnAt, Instant positionDueAt) {
}
