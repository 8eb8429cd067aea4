package org.steward.policy;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A policy in an enterprise's list: whether one of its users has read it yet. */
public record PolicyItem(long id, String title, String issuingDepartment, String summary, LocalDate validTo,
    OffsetDateTime deliveredAt, boolean read) {
}
