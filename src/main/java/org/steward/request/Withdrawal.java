package org.steward.request;

import java.sql.Timestamp;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.request.EnterpriseSteps.CaseRow;
import org.steward.request.process.RequestEngine;
import org.steward.shared.StewardClock;
import org.steward.shared.Violations;
import org.steward.supervision.SupervisionItem;
import org.steward.supervision.SupervisionManagement;
import org.steward.timeline.Timeline;

/**
 * 撤回: the enterprise withdraws its request, with a reason, before the officer has handed it over. The process ends and
 * the case's state becomes {@link RequestState#WITHDRAWN}; reports count it on its own line, never as closed out.
 */
@Service
@Transactional
public class Withdrawal {

  static final int MAX_REASON = 2000;
  /** Before hand-over: waiting to be signed for, for the officer's decision, or for the enterprise's material. */
  private static final Set<RequestState> WITHDRAWABLE = EnumSet.of(RequestState.SUBMITTED, RequestState.ACKNOWLEDGED,
      RequestState.AWAITING_MATERIAL);

  private final RequestEngine engine;
  private final RequestTransitions transitions;
  private final EnterpriseSteps steps;
  private final RequestManagement requests;
  private final SupervisionManagement supervision;
  private final Timeline timeline;

  Withdrawal(EnterpriseSteps steps, RequestManagement requests, SupervisionManagement supervision, Timeline timeline,
      RequestEngine engine, RequestTransitions transitions) {
    this.engine = engine;
    this.transitions = transitions;
    this.steps = steps;
    this.requests = requests;
    this.supervision = supervision;
    this.timeline = timeline;
  }

  /** Whether a case in this state, reopened so many times, may still be withdrawn: before any hand-over. */
  public static boolean withdrawable(RequestState state, int reopenCount) {
    return WITHDRAWABLE.contains(state) && reopenCount == 0;
  }

  /**
   * Withdraws the case of the caller's own enterprise; answers the case as it stands after.
   *
   * @throws org.steward.shared.NotFound for a case of another enterprise
   * @throws org.steward.shared.InvalidInput without a reason, or with one over 2,000 characters
   * @throws RequestNotWithdrawable once the case was handed over, convened, escalated or reopened
   */
  public RequestView withdraw(String caseNumber, String reason, Caller caller) {
    CaseRow row = steps.lockedFor(caseNumber, caller);
    Violations violations = new Violations();
    String why = violations.text("reason", reason, MAX_REASON);
    violations.throwIfAny();
    if (!withdrawable(row.state(), row.reopenCount())) {
      throw new RequestNotWithdrawable(caseNumber, row.state());
    }
    transitions.make(caseNumber, RequestTransition.WITHDRAW,
        Map.of("withdrawal_reason", why, "closed_at", Timestamp.from(StewardClock.now())));
    timeline.record(caseNumber, "WITHDRAWN", caller.userId(), "企业撤回诉求", why);
    supervision.ofCase(caseNumber).stream().filter(SupervisionItem::isOpen)
        .forEach(item -> supervision.close(item.id(), Timeline.SYSTEM, "企业已撤回诉求"));
    steps.notifyOfficer(row, "REQUEST_WITHDRAWN", "企业已撤回诉求");
    engine.withdrawn(caseNumber);
    return requests.view(caseNumber);
  }
}
