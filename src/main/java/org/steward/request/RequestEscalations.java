package org.steward.request;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.deadline.Light;
import org.steward.directory.StewardGroups;
import org.steward.handling.HandlingUnit;
import org.steward.handling.UnitWithdrawals;
import org.steward.jointoffice.EscalationSource;
import org.steward.request.process.RequestEngine;
import org.steward.shared.Violations;
import org.steward.timeline.Timeline;

/**
 * A case going to the joint-meeting office (提请联席会议) and coming back: a supervisor's request, the escalation the
 * process catches (the officer's, a unit red too long, a supervisor's), and the office's outcome.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class RequestEscalations {

  private static final Set<RequestState> ESCALATABLE = EnumSet.of(RequestState.ACKNOWLEDGED, RequestState.HANDLING,
      RequestState.CONVENING, RequestState.CONSOLIDATING, RequestState.REPLYING);

  private final RequestRows rows;
  private final RequestTransitions transitions;
  private final RequestEngine engine;
  private final UnitWithdrawals withdrawals;
  private final RequestManagement requests;

  /** What the office receives with an escalated case: where it came from, why, and who sent it. */
  public record Escalation(EscalationSource source, String reason, String actor) {
  }

  /**
   * A supervisor (or an administrator) sends a case that is being decided or handled to the joint-meeting office
   * (提请联席会议): the handling stops and the office takes the case over.
   *
   * @throws RequestNotEscalatable unless the case waits for the officer's decision, a convening, departments, the
   *     consolidation or the reply
   */
  public RequestView requestEscalation(String caseNumber, String reason, Caller caller) {
    RequestRow row = rows.row(caseNumber);
    if (!caller.isAdmin() && !caller.groups().contains(StewardGroups.SUPERVISORS)) {
      throw new EscalationForbidden();
    }
    Violations violations = new Violations();
    String text = violations.text("reason", reason, RequestManagement.MAX_REASON);
    violations.throwIfAny();
    if (!ESCALATABLE.contains(row.state())) {
      throw new RequestNotEscalatable(caseNumber, row.state());
    }
    if (!engine.requestEscalation(caseNumber, text, caller.userId())) {
      throw new RequestNotEscalatable(caseNumber, row.state());
    }
    return requests.view(caseNumber);
  }

  /**
   * The case reached the joint-meeting office: the open units are withdrawn and the case waits in state JOINT_OFFICE.
   * {@code escalationCode} is the BPMN escalation caught (OFFICER, UNIT_OVERDUE or SUPERVISOR); answers the source,
   * reason and actor the office receives (it records the escalation on the timeline and tells its staff).
   */
  public Escalation escalate(String caseNumber, String escalationCode, String reason, boolean afterReturn,
      String byUser) {
    RequestRow row = rows.row(caseNumber);
    EscalationSource source = switch (escalationCode) {
      case "OFFICER" -> afterReturn ? EscalationSource.RETURN : EscalationSource.DECISION;
      case "UNIT_OVERDUE" -> EscalationSource.RED;
      case "SUPERVISOR" -> EscalationSource.SUPERVISOR;
      default -> throw new IllegalStateException("unknown escalation code " + escalationCode);
    };
    String actor = switch (source) {
      case RED -> Timeline.SYSTEM;
      case SUPERVISOR -> byUser;
      default -> row.officer();
    };
    List<HandlingUnit> withdrawn = withdrawals.withdrawOpenUnits(caseNumber, actor);
    String why = source == EscalationSource.RED ? overdue(withdrawn) : reason;
    transitions.make(caseNumber, RequestTransition.ESCALATE,
        Map.of("outcome", (row.outcome() == null ? Outcome.TRACKED : row.outcome()).name()));
    return new Escalation(source, why, actor);
  }

  /**
   * The joint-meeting office finished: after an arbitration (ARBITRATED) the case is handed over again as the office
   * ruled; after a decision (RESOLVED) the decision becomes the officer's draft reply.
   */
  public void recordJointOutcome(String caseNumber, String jointOutcome, String resolution) {
    rows.row(caseNumber);
    if ("ARBITRATED".equals(jointOutcome)) {
      transitions.make(caseNumber, RequestTransition.ARBITRATED);
      return;
    }
    transitions.make(caseNumber, RequestTransition.RESOLVED_BY_JOINT_OFFICE,
        Collections.singletonMap("reply", resolution));
  }

  private static String overdue(List<HandlingUnit> units) {
    return units.stream().filter(u -> u.light() == Light.RED)
        .map(u -> u.departmentName() + "（" + u.role().label() + "）超过办理时限 " + u.dueDate() + " 仍未办结")
        .collect(Collectors.joining("；"));
  }
}
