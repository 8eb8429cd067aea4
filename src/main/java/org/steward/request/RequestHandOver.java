package org.steward.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.deadline.Deadline;
import org.steward.handling.HandlingManagement;
import org.steward.handling.Handovers;
import org.steward.handling.UnitState;
import org.steward.shared.InvalidInput;
import org.steward.shared.Texts;
import org.steward.shared.Violations;
import org.steward.timeline.Timeline;

/**
 * The officer's decision and the hand-over to departments: the decision's check, the units created, the round's
 * assessment once every unit has reported (a return sends the case back, otherwise the lead consolidates) and the
 * consolidation.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class RequestHandOver {

  private final HandlingManagement handling;
  private final Handovers handovers;
  private final Timeline timeline;
  private final RequestTransitions transitions;

  /**
   * Checks the officer's decision before the task completes: a known decision; an answer to resolve on the spot; for
   * a handover, departments and time limit as {@link Handovers#checkHandover} accepts them; a reason to go
   * to the joint-meeting office. A convening is checked when it starts, in the same transaction.
   *
   * @throws InvalidInput (fields {@code decision}, {@code answer}, {@code leadDepartment},
   *     {@code cooperatingDepartments[i]}, {@code timeLimit}, {@code escalationReason})
   */
  @Transactional(readOnly = true)
  public void checkDecision(String decision, String answer, String leadDepartment, List<String> cooperatingDepartments,
      Object timeLimit, String escalationReason) {
    Violations violations = new Violations();
    HandlingDecision chosen = decision(violations, decision);
    if (chosen == HandlingDecision.RESOLVE_DIRECTLY) {
      violations.text("answer", answer, Violations.MAX_VARIABLE_TEXT);
    }
    if (chosen == HandlingDecision.ESCALATE) {
      violations.text("escalationReason", escalationReason, RequestManagement.MAX_REASON);
    }
    Integer limit = null;
    if (chosen == HandlingDecision.HAND_OVER) {
      if (leadDepartment == null || leadDepartment.isBlank()) {
        violations.add("leadDepartment", "NotBlank");
      }
      limit = timeLimit(violations, timeLimit);
    }
    violations.throwIfAny();
    if (chosen == HandlingDecision.HAND_OVER) {
      handovers.checkHandover(leadDepartment.strip(), cooperatingDepartments, limit);
    }
  }

  /**
   * The officer hands the case over: HANDLING creates the units; the case is TRACKED, in state HANDLING, due when the
   * time limit runs out. Answers the new units (lead first), the round and the resolution due date.
   */
  public HandOver handOver(String caseNumber, String leadDepartment, List<String> cooperatingDepartments,
      Object timeLimit, String byUser) {
    Violations violations = new Violations();
    Integer limit = timeLimit(violations, timeLimit);
    violations.throwIfAny();
    String lead = leadDepartment == null ? null : leadDepartment.strip();
    List<Long> unitIds = handovers.handOver(caseNumber, lead, cooperatingDepartments, limit, byUser);
    int round = handling.currentRound(caseNumber);
    Deadline resolution = handling.deadlineIn(limit);
    LocalDate due = resolution.dueDate();
    transitions.make(caseNumber, RequestTransition.HAND_OVER, Map.of("outcome", Outcome.TRACKED.name(),
        "lead_department", lead, "time_limit", limit, "resolution_due", due));
    return new HandOver(List.copyOf(unitIds), round, due, resolution.dueAt());
  }

  /**
   * All units of the case's latest round have ended: if one returned the matter (退单), the case goes back to the
   * officer with the reasons; otherwise the lead department consolidates the feedback.
   */
  public Assessment assessHandling(String caseNumber) {
    // the round just handled is the case's latest: read from the units, never from a variable a task holder could set
    int round = handling.currentRound(caseNumber);
    boolean anyReturned = handling.anyReturned(caseNumber, round);
    if (anyReturned) {
      String reasons = handling.unitsOf(caseNumber).stream()
          .filter(u -> u.round() == round && u.state() == UnitState.RETURNED)
          .map(u -> u.departmentName() + "（" + u.role().label() + "）退单：" + u.returnReason())
          .collect(Collectors.joining("\n"));
      transitions.make(caseNumber, RequestTransition.UNITS_RETURNED);
      timeline.record(caseNumber, "UNITS_RETURNED", Timeline.SYSTEM, "部门退单，退回首席服务官重新决定", reasons);
      return new Assessment(true, null, Texts.shorten(reasons, Violations.MAX_VARIABLE_TEXT));
    }
    String summary = handling.feedbackSummary(caseNumber, round);
    transitions.make(caseNumber, RequestTransition.CONSOLIDATE);
    timeline.record(caseNumber, "HANDLING_FINISHED", Timeline.SYSTEM, "各部门均已反馈，交牵头部门汇总", null);
    return new Assessment(false, summary, null);
  }

  /** The lead department consolidated the feedback; the officer replies next. */
  public void recordConsolidation(String caseNumber, String consolidatedAnswer, String byUser) {
    Violations violations = new Violations();
    String answer = violations.text("consolidatedAnswer", consolidatedAnswer, Violations.MAX_VARIABLE_TEXT);
    violations.throwIfAny();
    transitions.make(caseNumber, RequestTransition.CONSOLIDATED);
    timeline.record(caseNumber, "CONSOLIDATED", byUser, "牵头部门汇总办理意见", answer);
  }

  /**
   * The units created by a handover, lead first, the handover round, the case's resolution due date and when it is
   * missed (the start of the day after).
   */
  public record HandOver(List<Long> unitIds, int round, LocalDate resolutionDue, Instant resolutionDueAt) {
  }

  /** After the units of a round: whether one returned the matter, the feedback summary, the return reasons. */
  public record Assessment(boolean anyReturned, String feedbackSummary, String returnReasons) {
  }

  private static HandlingDecision decision(Violations violations, String decision) {
    if (decision == null || decision.isBlank()) {
      violations.add("decision", "NotBlank");
      return null;
    }
    return RequestIntake.parse(violations, "decision", HandlingDecision.class, decision);
  }

  private static Integer timeLimit(Violations violations, Object timeLimit) {
    return violations.whole("timeLimit", timeLimit, RequestManagement.MIN_TIME_LIMIT, RequestManagement.MAX_TIME_LIMIT,
        "request.timeLimit.range");
  }
}
