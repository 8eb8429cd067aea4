package org.steward.dashboard;

import java.time.LocalDate;
import java.util.List;

import org.steward.ledger.LightCounts;
import org.steward.ledger.RatingCounts;

/**
 * What the supervisors' dashboard shows on {@code today}: open handling units by department and open matters by
 * officer, each by light; the open red matters longest past their time limit; the units' ratings by department; the
 * open 政策送达确认 by officer; and the officers by workload.
 */
public record Dashboard(LocalDate today, List<LightCounts> byDepartment, List<LightCounts> byOfficer,
    List<OverdueMatter> longestOverdue, List<RatingCounts> ratings, List<LightCounts> policyConfirmations,
    List<OfficerWorkload.Workload> workload) {

  /**
   * An open red matter. {@code deadline} is its nearest open time limit (the 24-hour response day while unsigned);
   * {@code workingDaysOverdue} counts the working days after it up to today; {@code processInstanceId} is its running
   * {@code enterprise-request} instance (null if none runs), for the link into Cockpit.
   */
  public record OverdueMatter(String caseNumber, String title, String enterprise, String officerId, String officer,
      String leadDepartmentCode, String leadDepartment, String state, LocalDate deadline, int workingDaysOverdue,
      String processInstanceId) {
  }
}
