package org.steward.jointoffice;

import java.time.Instant;

/** A common issue (共性问题) as listed: number {@code GX<yyyyMMdd>-<nnnn>}, state, and how many cases it answers now. */
public record CommonIssue(long id, String number, String title, CommonIssueState state, Instant createdAt,
    String createdBy, Instant resolvedAt, long linkedCases) {
}
