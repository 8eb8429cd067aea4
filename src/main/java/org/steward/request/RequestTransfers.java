package org.steward.request;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.directory.DirectoryManagement;
import org.steward.directory.EnterpriseReassigned;
import org.steward.directory.Officer;
import org.steward.directory.StewardGroups;
import org.steward.request.process.RequestEngine;
import org.steward.shared.CaseOfficerChanged;
import org.steward.shared.StateMoves;
import org.steward.shared.Violations;

/**
 * 转办: a case goes to another officer with a reason. The request's officer and supervisor (the new officer's), the
 * process variables naming them, the open officer-side tasks and their grants follow; the ledger, the lists and the
 * case scope read the request's officer, so they follow too; the timeline keeps who transferred it from whom to whom
 * and why ({@link RequestTransferred}). An enterprise's new officer takes over its open cases the same way, in the
 * reassignment's transaction ({@link EnterpriseReassigned}).
 */
@Service
@Transactional
@RequiredArgsConstructor
public class RequestTransfers {

  /** The reason a case moves when its enterprise gets a new officer. */
  public static final String ENTERPRISE_REASSIGNED = "企业更换首席服务官";

  private static final Logger log = LoggerFactory.getLogger(RequestTransfers.class);
  private static final List<String> ENDED = RequestState.ENDED.stream().map(Enum::name).toList();

  private final RequestRows rows;
  private final RequestManagement requests;
  private final DirectoryManagement directory;
  private final RequestEngine engine;
  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;

  /**
   * The case's officer, a supervisor or an administrator transfers an open case to {@code toOfficer} with a reason;
   * answers the case as it stands after.
   *
   * @throws TransferForbidden for any other reader of the case ({@code NotFound} for those who do not read it)
   * @throws RequestNotTransferable once the case has ended
   */
  public RequestView transfer(String caseNumber, String toOfficer, String reason, Caller caller) {
    requests.view(caseNumber, caller);
    RequestRow row = rows.lockedRow(caseNumber);
    if (!caller.isAdmin() && !caller.groups().contains(StewardGroups.SUPERVISORS)
        && !caller.userId().equals(row.officer())) {
      throw new TransferForbidden();
    }
    Violations violations = new Violations();
    Officer target = target(violations, toOfficer, row.officer());
    String text = violations.text("reason", reason, RequestManagement.MAX_REASON);
    violations.throwIfAny();
    move(row, target, text, caller.userId(), false);
    return requests.view(caseNumber);
  }

  /**
   * The enterprise has a new officer: its open cases that its former officer had (or that wait in the officers' queue)
   * go to the new one, reason {@value #ENTERPRISE_REASSIGNED}. Cases that have ended keep their officer, and so do
   * open cases another officer took over.
   */
  @EventListener
  void enterpriseReassigned(EnterpriseReassigned reassigned) {
    Officer target = directory.officer(reassigned.toOfficer()).orElseThrow();
    List<String> open = jdbc.sql("""
            select case_number from request
             where enterprise_id = :enterprise and state not in (:ended)
               and (officer_id is null or officer_id = :former)
             order by case_number""")
        .param("enterprise", reassigned.enterpriseId()).param("ended", ENDED)
        .param("former", reassigned.fromOfficer() == null ? "" : reassigned.fromOfficer())
        .query(String.class).list();
    for (String caseNumber : open) {
      RequestRow row = rows.lockedRow(caseNumber);
      if (!target.id().equals(row.officer())) {
        move(row, target, ENTERPRISE_REASSIGNED, reassigned.byUser(), true);
      }
    }
    if (!open.isEmpty()) {
      log.info("Enterprise {} reassigned to {}: {} open case(s) moved", reassigned.enterpriseId(), target.id(),
          open.size());
    }
  }

  /** The officer a case may go to: a known officer, not the one it has. */
  private Officer target(Violations violations, String toOfficer, String current) {
    if (toOfficer == null || toOfficer.isBlank()) {
      violations.add("toOfficer", "NotBlank");
      return null;
    }
    Officer target = directory.officer(toOfficer.strip()).orElse(null);
    if (target == null) {
      violations.add("toOfficer", "request.transfer.unknownOfficer", toOfficer.strip());
    } else if (target.id().equals(current)) {
      violations.add("toOfficer", "request.transfer.sameOfficer");
    }
    return target;
  }

  /**
   * Points the case (locked) at the new officer and the new officer's supervisor, in a guarded statement that keeps
   * the state: an ended case, or one that moved meanwhile, is refused and nothing changes.
   */
  private void move(RequestRow row, Officer target, String reason, String byUser, boolean withEnterprise) {
    String caseNumber = row.caseNumber();
    if (RequestState.ENDED.contains(row.state())) {
      throw new RequestNotTransferable(caseNumber, row.state());
    }
    Map<String, Object> columns = new HashMap<>();
    columns.put("officer_id", target.id());
    columns.put("supervisor_id", target.supervisorId());
    if (!StateMoves.move(jdbc, "request", "case_number", caseNumber, row.state(), Set.of(row.state()), columns)) {
      throw new RequestNotTransferable(caseNumber, rows.row(caseNumber).state());
    }
    engine.transfer(caseNumber, row.officer(), target.id(), row.supervisor(), target.supervisorId());
    events.publishEvent(new RequestTransferred(caseNumber, row.title(), row.officer(), target.id(), reason, byUser,
        withEnterprise));
    if (row.officer() != null) {
      events.publishEvent(new CaseOfficerChanged(caseNumber, row.officer(), target.id()));
    }
    log.info("Request {} transferred from {} to {} by {}", caseNumber, row.officer(), target.id(), byUser);
  }
}
