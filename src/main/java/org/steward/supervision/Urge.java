package org.steward.supervision;

import java.time.Instant;

/**
 * One urge (催办) of one holder of a case's open task: the task, whom ({@code targetKind} USER for the assignee, GROUP
 * for a candidate group of an unassigned task), who urged, when and with what message.
 */
public record Urge(long id, String caseNumber, String taskId, String targetKind, String target, String urgedBy,
    Instant urgedAt, String message) {
}
