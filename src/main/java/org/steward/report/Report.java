package org.steward.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.steward.visit.VisitReport;

/**
 * The work report (工作月报/季报) of a period: the figures of all requests submitted in it, the same by department,
 * officer, area and category, the industrial projects as they stand now, the policies pushed (政策推送) with their
 * figures over the period, and the visits planned, done and late per officer and department (走访).
 */
public record Report(ReportPeriod period, Figures totals, List<Group> byDepartment, List<Group> byOfficer,
    List<Group> byArea, List<Group> byCategory, Projects projects, Policies policies,
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

  /**
   * The policies published by the end of the period that were published in it or still valid on its first day, in
   * order of publication, and their figures added up ({@link PolicyPushFigures}).
   */
  public record Policies(List<Policy> rows, PolicyPushFigures totals) {
  }

  /** One policy: its title, issuing department (发文部门), day of publication and figures over the period. */
  public record Policy(long id, String title, String issuingDepartment, LocalDate publishedOn,
      PolicyPushFigures figures) {
  }
}
