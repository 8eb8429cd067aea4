package org.steward.convening;

import java.time.Instant;
import java.time.LocalDate;

/** A row of convening as stored. */
record ConveningRow(long id, String caseNumber, String question, String convener, int timeLimit, Instant convenedAt,
    LocalDate dueDate, ConveningState state, String conclusion, Instant concludedAt, String concludedBy) {
}
