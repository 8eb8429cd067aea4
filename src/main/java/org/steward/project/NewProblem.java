package org.steward.project;

/**
 * A problem (卡点) reported on a project: the milestone it blocks, a request category code, what is wrong, and who to
 * contact (the project's officer when absent).
 */
public record NewProblem(String milestone, String category, String description, String contactName,
    String contactPhone) {
}
