package org.steward.project;

/**
 * A project as registered. Dates are ISO strings (yyyy-MM-dd) so that a malformed one is reported like any other bad
 * field; {@code leader} is required for key projects (五个一), {@code investment} in 万元.
 */
public record NewProject(String code, String name, Long enterpriseId, Long investment, String site, String area,
    Boolean keyProject, String officer, String leader, String followUpPlan, String plannedConstructionStart,
    String plannedCompletion, String plannedProductionStart) {
}
