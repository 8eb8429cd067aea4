package org.steward.project;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The milestone a project waits for and its clock: warned from {@code warnAt}, red from {@code dueAt}, escalated to the
 * joint-meeting office from {@code escalateAt}; {@code leader} is who approves re-plans and chases it (the project's
 * leader, or the officer's supervisor for a project without one).
 */
public record MilestoneClock(String projectCode, String projectName, String enterpriseName, Milestone milestone,
    LocalDate plannedDate, Instant warnAt, Instant dueAt, Instant escalateAt, String officer, String leader) {
}
