package org.steward.deputy;

import java.time.LocalDate;

/** An officer's leave (请假) and the deputy (代理人) who holds the officer's tasks from its first to its last day. */
public record Leave(long id, String officerId, String officerName, String deputyId, String deputyName,
    LocalDate startsOn, LocalDate endsOn, String reason, LeaveState state) {
}
