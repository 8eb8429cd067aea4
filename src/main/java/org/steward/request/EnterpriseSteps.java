package org.steward.request;

import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.steward.directory.DirectoryManagement;
import org.steward.directory.StewardGroups;
import org.steward.notification.Notifications;
import org.steward.shared.NotFound;

/**
 * What the enterprise's own steps on a case share ({@link Withdrawal}, {@link MaterialSupply}): the case row locked for
 * the step, whether the caller acts for the case's enterprise, and telling the officer.
 */
@Component
@RequiredArgsConstructor
class EnterpriseSteps {

  private final JdbcClient jdbc;
  private final DirectoryManagement directory;
  private final Notifications notifications;

  /** The case as a step sees it. */
  record CaseRow(String caseNumber, long enterpriseId, RequestState state, String officer, String title,
      int reopenCount, String processInstanceId) {
  }

  /**
   * The case, locked until the step's transaction ends, for a login of its enterprise; {@link NotFound} for anyone
   * else, as for no case (an administrator acts for every enterprise).
   */
  CaseRow lockedFor(String caseNumber, Caller caller) {
    Optional<CaseRow> row = select(caseNumber, " for update");
    if (row.isEmpty() || !actsFor(caller, row.get().enterpriseId())) {
      throw new NotFound("request", caseNumber);
    }
    return row.get();
  }

  void notifyOfficer(CaseRow row, String kind, String text) {
    String message = text + "：" + row.title();
    if (row.officer() != null) {
      notifications.notifyUser(row.officer(), kind, row.caseNumber(), message);
    } else {
      notifications.notifyGroup(StewardGroups.OFFICERS, kind, row.caseNumber(), message);
    }
  }

  void notifyEnterprise(String caseNumber, String kind, String text) {
    CaseRow row = select(caseNumber, "").orElseThrow(() -> new NotFound("request", caseNumber));
    for (String login : directory.loginsOf(row.enterpriseId())) {
      notifications.notifyUser(login, kind, caseNumber, text + "：" + row.title());
    }
  }

  private Optional<CaseRow> select(String caseNumber, String lock) {
    return jdbc.sql("""
            select case_number, enterprise_id, state, officer_id, title, reopen_count, process_instance_id
              from request where case_number = :caseNumber""" + lock)
        .param("caseNumber", caseNumber)
        .query((rs, n) -> new CaseRow(rs.getString("case_number"), rs.getLong("enterprise_id"),
            RequestState.valueOf(rs.getString("state")), rs.getString("officer_id"), rs.getString("title"),
            rs.getInt("reopen_count"), rs.getString("process_instance_id")))
        .optional();
  }

  private boolean actsFor(Caller caller, long enterpriseId) {
    if (caller.isAdmin()) {
      return true;
    }
    return caller.isEnterprise()
        && directory.enterpriseOfUser(caller.userId()).map(e -> e.id() == enterpriseId).orElse(false);
  }
}
