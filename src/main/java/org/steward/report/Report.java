package org.steward.report;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.steward.policy.PolicyReport;
import org.steward.visit.VisitReport;

/**
 * The work report (工作月报/季报) of a period: the figures of all requests submitted in it, the same by department,
 * officer, area and category, the industrial projects as they stand now, and the policies valid in the period with
 * what happened to them in it (政策推送), and the visits planned, done and late per officer and department (走访).
 */
public record Report(ReportPeriod period, Figures totals, List<Group> byDepartment, List<Group> byOfficer,
    List<Group> byArea, List<Group> byCategory, Projects projects, List<PolicyReport.PeriodFigures> policies,
    VisitReport.PeriodFigures visits) {

  /**
   * The figures of one department, officer, area or category; {@code ratings} (DONE, ON_TRACK, SLOW) only for
   * departments.
   */
  public record Group(String key, String name, Figures figures,
      @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, Long> ratings) {
  }

  /** Projects by state and by the milestone they wait for ({@code FINISHED} once 投产 is confirmed); not by period. */
  public record Projects(Map<String, Integer> byState, Map<String, Integer> byMilestone) {
  }
}
