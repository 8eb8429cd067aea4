package org.steward.handling;

import static org.steward.handling.HandlingManagement.MAX_FEEDBACK;
import static org.steward.handling.HandlingManagement.MAX_REASON;
import static org.steward.handling.UnitRows.actor;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.calendar.WorkingDayCalendar;
import org.steward.directory.StewardGroups;
import org.steward.notification.Notifications;
import org.steward.shared.InvalidInput;
import org.steward.shared.StewardClock;
import org.steward.shared.Violations;
import org.steward.timeline.Timeline;

/**
 * A department's own steps on its unit: it signs for the matter (签收), is reminded when it does not, and reports its
 * handling (办理反馈), checked before its task completes; each recorded in the caller's transaction.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class UnitReports {

  private final UnitRows rows;
  private final UnitTransitions transitions;
  private final HandlingManagement handling;
  private final WorkingDayCalendar calendar;
  private final Timeline timeline;
  private final Notifications notifications;
  private final ApplicationEventPublisher events;

  /** The unit signs for the matter (签收); signing a signed unit again changes nothing. */
  public void sign(long unitId, String byUser) {
    UnitRow unit = rows.openRow(unitId);
    if (unit.state() != UnitState.ASSIGNED) {
      return;
    }
    transitions.make(unitId, UnitTransition.SIGN,
        Map.of("signed_at", Timestamp.from(StewardClock.now()), "signed_by", actor(byUser)));
    timeline.record(unit.caseNumber(), "UNIT_SIGNED", actor(byUser), rows.departmentName(unit) + "已签收交办事项",
        null);
  }

  /** Reminds the department to sign for a matter it has not signed for after one working day. */
  public void remindSignFor(long unitId) {
    UnitRow unit = rows.row(unitId);
    if (unit.state() != UnitState.ASSIGNED) {
      return;
    }
    notifications.notifyGroup(StewardGroups.department(unit.departmentCode()), "SIGN_FOR_REMINDER", unit.caseNumber(),
        "诉求 " + unit.caseNumber() + " 交办已满一个工作日仍未签收，请尽快签收。");
    timeline.record(unit.caseNumber(), "SIGN_FOR_REMINDED", Timeline.SYSTEM,
        rows.departmentName(unit) + "超过一个工作日未签收，已提醒", null);
  }

  /**
   * Checks what a unit reports from its handling task before the task completes: {@code action} one of
   * {@link HandlingAction}; FEEDBACK needs {@code feedback}; EXTENSION a {@code requestedDueDate} (yyyy-MM-dd, a
   * working day after the current due date) and a {@code reason}; RETURN a {@code reason}.
   *
   * @throws InvalidInput naming each bad field; {@link UnitNotOpen} when the unit is finished
   */
  @Transactional(readOnly = true)
  public void checkReport(long unitId, String action, String feedback, String requestedDueDate, String reason) {
    UnitRow unit = rows.openRow(unitId);
    Violations violations = new Violations();
    HandlingAction parsed = parseAction(violations, action);
    if (parsed == HandlingAction.FEEDBACK) {
      violations.text("feedback", feedback, MAX_FEEDBACK);
    } else if (parsed == HandlingAction.RETURN) {
      violations.text("reason", reason, MAX_REASON);
    } else if (parsed == HandlingAction.EXTENSION) {
      ExtensionDates.check(violations, calendar, unit.dueDate(), requestedDueDate);
      violations.text("reason", reason, MAX_REASON);
    }
    violations.throwIfAny();
  }

  /** The unit reports its result (办理反馈): it is finished, rated DONE if in time, SLOW if late; answers the rating. */
  public Rating giveFeedback(long unitId, String feedback, String byUser) {
    UnitRow unit = rows.openRow(unitId);
    Violations violations = new Violations();
    String text = violations.text("feedback", feedback, MAX_FEEDBACK);
    violations.throwIfAny();
    Instant now = StewardClock.now();
    Rating rating = UnitRating.ofFeedback(now, handling.dueAt(unit.dueDate()));
    transitions.make(unitId, UnitTransition.GIVE_FEEDBACK, Map.of("feedback", text, "finished_at",
        Timestamp.from(now), "finished_by", actor(byUser), "rating", rating.name(),
        "light", handling.deadline(unit.dueDate()).lightAt(now).name()));
    events.publishEvent(new UnitFinished(unitId, unit.caseNumber(), actor(byUser), "单位已反馈办理结果，督办随之结束"));
    timeline.record(unit.caseNumber(), "FEEDBACK_GIVEN", actor(byUser),
        rows.departmentName(unit) + "已反馈办理结果（" + (rating == Rating.DONE ? "按期完成" : "逾期完成") + "）", text);
    return rating;
  }

  private static HandlingAction parseAction(Violations violations, String action) {
    if (action == null || action.isBlank()) {
      violations.add("action", "NotBlank");
      return null;
    }
    try {
      return HandlingAction.valueOf(action);
    } catch (IllegalArgumentException e) {
      violations.add("action", "handling.action.unknown");
      return null;
    }
  }
}
