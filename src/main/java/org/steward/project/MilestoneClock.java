package org.steward.project;

import java.time.Instant;

import org.steward.deadline.Deadline;

/**
 * The milestone a project waits for and its clock: its deadline (the planned date; warned from its {@code warnAt}, red
 * from its {@code dueAt}), escalated to the joint-meeting office from {@code escalateAt}, which a deadline does not
 * hold; {@code leader} is who approves re-plans and chases it (the project's leader, or the officer's supervisor for a
 * project without one).
 */
public record MilestoneClock(String projectCode, String projectName, String enterpriseName, Milestone milestone,
    Deadline deadline, Instant escalateAt, String officer, String leader) {
}
