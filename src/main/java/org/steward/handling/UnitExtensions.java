package org.steward.handling;

import static org.steward.handling.HandlingManagement.MAX_REASON;
import static org.steward.handling.UnitRows.actor;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
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
 * Extensions (延期): a unit asks for a later due date ({@link ExtensionDates}) and a supervisor approves or rejects it;
 * every request and decision stays in {@code handling_extension}, the unit's history.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class UnitExtensions {

  private final JdbcClient jdbc;
  private final UnitRows rows;
  private final UnitTransitions transitions;
  private final HandlingManagement handling;
  private final WorkingDayCalendar calendar;
  private final Timeline timeline;
  private final Notifications notifications;

  /** The unit asks for a later due date (延期申请); the supervisors are told and decide. */
  public void requestExtension(long unitId, LocalDate requestedDueDate, String reason, String byUser) {
    UnitRow unit = rows.openRow(unitId);
    if (unit.state() == UnitState.EXTENSION_REQUESTED) {
      throw new InvalidInput("requestedDueDate", "handling.extension.pending");
    }
    Violations violations = new Violations();
    ExtensionDates.check(violations, calendar, unit.dueDate(),
        requestedDueDate == null ? null : requestedDueDate.toString());
    String text = violations.text("reason", reason, MAX_REASON);
    violations.throwIfAny();
    jdbc.sql("""
        insert into handling_extension (unit_id, requested_due_date, reason, requested_by, requested_at,
                                        previous_due_date)
        values (:unitId, :requested, :reason, :by, :now, :previous)""")
        .param("unitId", unitId).param("requested", requestedDueDate).param("reason", text).param("by", actor(byUser))
        .param("now", Timestamp.from(StewardClock.now())).param("previous", unit.dueDate()).update();
    transitions.make(unitId, UnitTransition.REQUEST_EXTENSION);
    String department = rows.departmentName(unit);
    notifications.notifyGroup(StewardGroups.SUPERVISORS, "EXTENSION_REQUESTED", unit.caseNumber(),
        department + "申请将诉求 " + unit.caseNumber() + " 的办理时限由 " + unit.dueDate() + " 延至 "
            + requestedDueDate + "，请审批。");
    timeline.record(unit.caseNumber(), "EXTENSION_REQUESTED", actor(byUser),
        department + "申请延期至 " + requestedDueDate, text);
  }

  /** Checks a supervisor's decision on an extension: {@code decision} APPROVED or REJECTED, note at most 2,000. */
  public void checkExtensionDecision(String decision, String note) {
    Violations violations = new Violations();
    if (!"APPROVED".equals(decision) && !"REJECTED".equals(decision)) {
      violations.add("extensionDecision", "handling.extension.decision");
    }
    violations.optionalText("decisionNote", note, MAX_REASON);
    violations.throwIfAny();
  }

  /**
   * The supervisor decides the pending extension: approved moves the unit's due date (the old one stays in the
   * extension's history), rejected keeps it; the unit goes back to handling either way.
   *
   * @throws NoPendingExtension when no request waits for a decision
   */
  public void decideExtension(long unitId, boolean approved, String byUser, String note) {
    UnitRow unit = rows.openRow(unitId);
    Violations violations = new Violations();
    String cleanNote = violations.optionalText("decisionNote", note, MAX_REASON);
    violations.throwIfAny();
    Long extensionId = jdbc.sql("""
        select id from handling_extension where unit_id = :unitId and approved is null
        order by requested_at desc, id desc""")
        .param("unitId", unitId).query(Long.class).list().stream().findFirst().orElse(null);
    if (unit.state() != UnitState.EXTENSION_REQUESTED || extensionId == null) {
      throw new NoPendingExtension(unitId);
    }
    LocalDate requested = jdbc.sql("select requested_due_date from handling_extension where id = :id")
        .param("id", extensionId).query(LocalDate.class).single();
    jdbc.sql("""
        update handling_extension set approved = :approved, decided_by = :by, decided_at = :now, decision_note = :note
        where id = :id""")
        .param("approved", approved).param("by", actor(byUser)).param("now", Timestamp.from(StewardClock.now()))
        .param("note", cleanNote).param("id", extensionId).update();
    if (approved) {
      transitions.make(unitId, UnitTransition.DECIDE_EXTENSION, Map.of("due_date", requested,
          "light", handling.deadline(requested).lightAt(StewardClock.now()).name()));
    } else {
      transitions.make(unitId, UnitTransition.DECIDE_EXTENSION);
    }
    String department = rows.departmentName(unit);
    String text = approved
        ? "同意" + department + "延期，办理时限由 " + unit.dueDate() + " 延至 " + requested
        : "不同意" + department + "延期，办理时限仍为 " + unit.dueDate();
    notifications.notifyGroup(StewardGroups.department(unit.departmentCode()), "EXTENSION_DECIDED", unit.caseNumber(),
        "诉求 " + unit.caseNumber() + "：" + text + "。");
    timeline.record(unit.caseNumber(), approved ? "EXTENSION_APPROVED" : "EXTENSION_REJECTED", actor(byUser), text,
        cleanNote);
  }
}
