package org.steward.request;

import java.sql.Timestamp;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.directory.StewardGroups;
import org.steward.notification.Notifications;
import org.steward.request.process.EnterpriseRequestProcess;
import org.steward.request.process.RequestEngine;
import org.steward.shared.NotFound;
import org.steward.shared.StewardClock;
import org.steward.shared.Violations;
import org.steward.supervision.SupervisionManagement;
import org.steward.supervision.SupervisionReason;
import org.steward.timeline.Timeline;

/**
 * The end of a case (回访、销号、重办): the enterprise's rating, the return visit's verdict, closing out a satisfied
 * case, and reopening an unsatisfied one (under supervision from the second time).
 */
@Service
@Transactional
@RequiredArgsConstructor
public class RequestRatings {

  private final JdbcClient jdbc;
  private final RequestRows rows;
  private final RequestTransitions transitions;
  private final RequestEngine engine;
  private final RequestManagement requests;
  private final RequestIntake intake;
  private final ApiRater raters;
  private final Timeline timeline;
  private final Notifications notifications;
  private final SupervisionManagement supervision;

  /**
   * Records the satisfaction given by the enterprise of the case, its officer or an administrator: completes the open
   * return-visit task, or (before it exists) answers the process's waiting message.
   *
   * @throws RequestNotAwaitingRating unless the case waits for its return visit
   */
  public RequestView rate(String caseNumber, String satisfaction, String comment, Caller caller) {
    // concurrent ratings of one case wait here for each other: the first rates, the others find it no longer waiting
    RequestRow row = rows.lockedRow(caseNumber);
    boolean enterprise = caller.isEnterprise() && intake.ownEnterprise(caller, row.enterpriseId());
    if (caller.isEnterprise() && !enterprise && !caller.isAdmin()) {
      throw new NotFound("request", caseNumber);
    }
    if (!enterprise && !caller.isAdmin() && !caller.userId().equals(row.officer())) {
      throw new RequestForbidden();
    }
    Violations violations = new Violations();
    Satisfaction verdict = satisfaction(violations, satisfaction);
    String cleanComment = violations.optionalText("comment", comment, RequestManagement.MAX_COMMENT);
    violations.throwIfAny();
    if (row.state() != RequestState.RETURN_VISIT) {
      throw new RequestNotAwaitingRating(caseNumber, row.state());
    }
    VariableMap answers = Variables.createVariables()
        .putValue(EnterpriseRequestProcess.SATISFACTION, verdict.name())
        .putValue(EnterpriseRequestProcess.SATISFACTION_COMMENT, cleanComment);
    raters.rateAs(caller.userId(), () -> {
      if (!engine.rate(caseNumber, answers)) {
        throw new RequestNotAwaitingRating(caseNumber, row.state());
      }
    });
    return requests.view(caseNumber);
  }

  /** Checks a satisfaction given in the return-visit task. @throws InvalidInput (satisfaction, satisfactionComment) */
  @Transactional(readOnly = true)
  public void checkSatisfaction(String satisfaction, String comment) {
    Violations violations = new Violations();
    satisfaction(violations, satisfaction);
    violations.optionalText(EnterpriseRequestProcess.SATISFACTION_COMMENT, comment, RequestManagement.MAX_COMMENT);
    violations.throwIfAny();
  }

  /** Records the return visit's verdict. */
  public void recordSatisfaction(String caseNumber, String satisfaction, String comment, String byUser) {
    Violations violations = new Violations();
    Satisfaction verdict = satisfaction(violations, satisfaction);
    String cleanComment = violations.optionalText(EnterpriseRequestProcess.SATISFACTION_COMMENT, comment,
        RequestManagement.MAX_COMMENT);
    violations.throwIfAny();
    int updated = jdbc.sql("""
            update request set satisfaction = :satisfaction, satisfaction_comment = :comment, rated_by = :by,
              rated_at = :now where case_number = :caseNumber""")
        .param("satisfaction", verdict.name()).param("comment", cleanComment).param("by", byUser)
        .param("now", Timestamp.from(StewardClock.now())).param("caseNumber", caseNumber).update();
    if (updated == 0) {
      throw new NotFound("request", caseNumber);
    }
    timeline.record(caseNumber, "SATISFACTION_RATED", byUser, "回访：" + verdict.label(), cleanComment);
  }

  /**
   * The enterprise was not satisfied: the case is reopened (重办) and goes back to the officer's decision; from the
   * second reopening on, it is also put under supervision (the item's id is answered, else null).
   */
  public Reopening reopen(String caseNumber) {
    RequestRow row = rows.row(caseNumber);
    int count = row.reopenCount() + 1;
    transitions.make(caseNumber, RequestTransition.REOPEN, Map.of("reopen_count", count));
    String reasons = "企业回访不满意（第" + count + "次重办）" + (row.satisfactionComment() == null ? ""
        : "：" + row.satisfactionComment());
    timeline.record(caseNumber, "REOPENED", Timeline.SYSTEM, "企业不满意，第" + count + "次重办", row.satisfactionComment());
    Long item = null;
    if (count >= 2) {
      item = supervision.open(caseNumber, null, SupervisionReason.REPEATED_REOPEN,
          row.officer() != null ? row.officer() : StewardGroups.OFFICERS);
      String text = "诉求第" + count + "次重办，请督办：" + row.title();
      if (row.supervisor() != null) {
        notifications.notifyUser(row.supervisor(), "REPEATED_REOPEN", caseNumber, text);
      } else {
        notifications.notifyGroup(StewardGroups.SUPERVISORS, "REPEATED_REOPEN", caseNumber, text);
      }
    }
    return new Reopening(count, reasons, item);
  }

  /** The enterprise is satisfied: the case is closed out (销号). */
  public void close(String caseNumber) {
    transitions.make(caseNumber, RequestTransition.CLOSE, Map.of("closed_at", Timestamp.from(StewardClock.now())));
    timeline.record(caseNumber, "CLOSED", Timeline.SYSTEM, "销号", null);
  }

  /** A reopening: how many so far, the reason shown to the officer, the supervision item (from the second on). */
  public record Reopening(int reopenCount, String returnReasons, Long supervisionItemId) {
  }

  private static Satisfaction satisfaction(Violations violations, String satisfaction) {
    if (satisfaction == null || satisfaction.isBlank()) {
      violations.add("satisfaction", "NotBlank");
      return null;
    }
    return RequestIntake.parse(violations, "satisfaction", Satisfaction.class, satisfaction);
  }
}
