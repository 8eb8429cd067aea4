package org.steward.request;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** What the officer asked the enterprise to supply, and by when (a working-day period from the ask or the reminder). */
public record MaterialAsk(String ask, OffsetDateTime askedAt, LocalDate dueDate) {
}
