package org.steward.supervision;

import java.time.Instant;
import java.time.LocalDate;

import org.steward.deadline.Light;

/**
 * A supervision order (督办单) with its target ({@code targetKind} DEPARTMENT: a department code, OFFICER: a user id),
 * deadline, light, and the signing, answer and review as far as they happened.
 */
public record SupervisionOrder(long id, String caseNumber, Long unitId, String targetKind, String target,
    String targetName, String requirement, int timeLimit, String issuedBy, Instant issuedAt, LocalDate dueDate,
    SupervisionOrderState state, Light light, String signedBy, Instant signedAt, String answer,
    String answeredBy, Instant answeredAt, int answerCount, String reviewNote, String reviewedBy, Instant reviewedAt,
    Instant closedAt) {
}
