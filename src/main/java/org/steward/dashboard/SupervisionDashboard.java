package org.steward.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.calendar.WorkingDayCalendar;
import org.steward.directory.DirectoryManagement;
import org.steward.directory.Officer;
import org.steward.directory.StewardGroups;
import org.steward.ledger.LedgerFigures;
import org.steward.ledger.LedgerRow;
import org.steward.ledger.LightCounts;
import org.steward.policy.PolicyConfirmations;
import org.steward.request.RequestManagement;
import org.steward.shared.StewardClock;
import org.steward.shared.StewardException;
import org.steward.shared.Violations;

/**
 * The dashboard capability's API: the supervisors' view of lights, overdue matters, ratings, the open 政策送达确认
 * by officer and the officers' workload, for administrators and supervisors only. Lights and ratings follow the
 * ledger's rules; overdue days are working days of Steward's calendar.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class SupervisionDashboard {

  public static final int DEFAULT_OVERDUE = 10;
  public static final int MAX_OVERDUE = 50;

  private final LedgerFigures ledger;
  private final RequestManagement requests;
  private final WorkingDayCalendar calendar;
  private final PolicyConfirmations confirmations;
  private final DirectoryManagement directory;
  private final OfficerWorkload workload;

  /** The dashboard with the {@code overdue} longest-overdue matters; 400 on a bad count, 403 for anyone else. */
  public Dashboard dashboard(int overdue, Set<String> callerGroups) {
    if (!callerGroups.contains(StewardGroups.ADMIN) && !callerGroups.contains(StewardGroups.SUPERVISORS)) {
      throw new StewardException(HttpStatus.FORBIDDEN, "dashboard-not-visible");
    }
    Violations violations = new Violations();
    if (overdue < 1 || overdue > MAX_OVERDUE) {
      violations.add("overdue", "dashboard.overdue.range", MAX_OVERDUE);
    }
    violations.throwIfAny();
    LocalDate today = StewardClock.today();
    List<Dashboard.OverdueMatter> longest = ledger.overdue(overdue).stream().map(row -> overdue(row, today)).toList();
    List<LightCounts> confirmations = this.confirmations.openByOfficer().stream()
        .map(o -> new LightCounts(o.officerId(), directory.officer(o.officerId()).map(Officer::name)
            .orElse(o.officerId()), o.green(), o.yellow(), o.red())).toList();
    List<LightCounts> byOfficer = ledger.lightsByOfficer();
    return new Dashboard(today, ledger.lightsByDepartment(), byOfficer, longest, ledger.ratingsByDepartment(),
        confirmations, workload.of(byOfficer));
  }

  private Dashboard.OverdueMatter overdue(LedgerRow row, LocalDate today) {
    LocalDate deadline = row.nextDeadline();
    return new Dashboard.OverdueMatter(row.caseNumber(), row.title(), row.enterprise().name(),
        row.officer() == null ? null : row.officer().id(), row.officer() == null ? null : row.officer().name(),
        row.leadUnit() == null ? null : row.leadUnit().id(), row.leadUnit() == null ? null : row.leadUnit().name(),
        row.state(), deadline, deadline == null ? 0 : Math.max(0, calendar.workingDaysBetween(deadline, today)),
        requests.processInstanceId(row.caseNumber()).orElse(null));
  }
}
