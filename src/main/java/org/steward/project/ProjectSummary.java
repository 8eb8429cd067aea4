package org.steward.project;

import java.time.LocalDate;

import org.steward.deadline.Light;

/** One row of the project list: who follows it, where it stands and the milestone it waits for. */
public record ProjectSummary(String code, String name, String enterpriseName, String area, boolean keyProject,
    String officer, String officerName, String leader, ProjectState state, Milestone currentMilestone,
    LocalDate currentPlannedDate, Light currentLight, int openProblems) {
}
