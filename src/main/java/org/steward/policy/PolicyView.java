package org.steward.policy;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.steward.directory.TargetRule;

/** A policy as staff see it, with its delivery figures. */
public record PolicyView(long id, String title, String issuingDepartment, String summary, String body,
    LocalDate validFrom, LocalDate validTo, int confirmDays, PolicyState state, TargetRule target, String createdBy,
    OffsetDateTime createdAt, String publishedBy, OffsetDateTime publishedAt, long delivered, long read,
    long confirmed) {
}
