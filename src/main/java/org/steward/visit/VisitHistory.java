package org.steward.visit;

import java.util.List;
import java.util.Objects;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.access.CaseAccess;
import org.steward.access.CaseReader;
import org.steward.directory.DirectoryManagement;
import org.steward.request.Caller;
import org.steward.request.RequestManagement;
import org.steward.request.RequestView;

/**
 * An enterprise's history of visits as others than the visiting officer read it: the enterprise itself on the portal
 * ({@link EnterpriseVisits}, never the officer's internal notes) and the staff handling one of its cases in Tasklist
 * ({@link CaseVisits}, in detail for officers, supervisors and administrators, the bare dates for departments).
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class VisitHistory {

  /** How many of the latest visits a case's readers see. */
  public static final int CASE_VISITS = 5;

  private final Visits visits;
  private final RequestManagement requests;
  private final CaseAccess access;
  private final DirectoryManagement directory;

  /**
   * The recorded visits of the caller's own enterprise, the latest first, page {@code page} (from 0) of {@code size},
   * and its next planned visit; {@link VisitForbidden} for anyone but an enterprise's login.
   */
  public EnterpriseVisits ofOwnEnterprise(Caller caller, int page, int size) {
    long enterpriseId = directory.enterpriseIdOfUser(caller.userId()).filter(id -> caller.isEnterprise())
        .orElseThrow(VisitForbidden::new);
    List<EnterpriseVisits.Visit> recorded = visits.recorded(enterpriseId, page * size, size).stream()
        .map(visit -> new EnterpriseVisits.Visit(visit.visitedOn(), visit.modeLabel(), visit.officerName(),
            visit.problems().stream().map(VisitView.Problem::caseNumber).filter(Objects::nonNull)
                .map(caseNumber -> raised(caseNumber, caller)).toList()))
        .toList();
    EnterpriseVisits.Planned next = visits.planned(enterpriseId)
        .map(visit -> new EnterpriseVisits.Planned(visit.cycleLabel(), visit.dueDate())).orElse(null);
    return new EnterpriseVisits(recorded, visits.recordedCount(enterpriseId), next);
  }

  /**
   * The latest {@value #CASE_VISITS} recorded visits of the enterprise of case {@code caseNumber}, for a reader of the
   * case's scope ({@link CaseAccess}); NotFound for anyone else, {@link VisitForbidden} for an enterprise.
   */
  public CaseVisits ofCase(String caseNumber, Caller caller) {
    CaseReader reader = new CaseReader(caller.userId(), caller.groups());
    if (!reader.isStaff()) {
      throw new VisitForbidden();
    }
    RequestView request = requests.view(caseNumber, caller);
    boolean detailed = reader.readsAll() || caller.isOfficer();
    return new CaseVisits(detailed, visits.recorded(request.enterpriseId(), 0, CASE_VISITS).stream()
        .map(visit -> detailed
            ? new CaseVisits.Visit(visit.visitedOn(), visit.mode(), visit.modeLabel(), visit.officerName(),
                visit.problems().size(), visit.problems().stream().map(VisitView.Problem::caseNumber)
                    .filter(Objects::nonNull).filter(raised -> access.mayRead(raised, reader)).toList())
            : new CaseVisits.Visit(visit.visitedOn(), visit.mode(), visit.modeLabel(), visit.officerName(), null,
                null))
        .toList());
  }

  private EnterpriseVisits.RaisedRequest raised(String caseNumber, Caller caller) {
    RequestView request = requests.view(caseNumber, caller);
    return new EnterpriseVisits.RaisedRequest(caseNumber, request.title(), request.state().label());
  }
}
