package org.steward.handling;

import static org.steward.handling.HandlingManagement.MAX_REASON;
import static org.steward.handling.UnitRows.actor;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.directory.StewardGroups;
import org.steward.notification.Notifications;
import org.steward.shared.StewardClock;
import org.steward.shared.Texts;
import org.steward.shared.Violations;
import org.steward.timeline.Timeline;

/** A department returns a matter as not its business (退单): its unit ends without a rating and the officer is told. */
@Service
@Transactional
@RequiredArgsConstructor
public class UnitReturns {

  private final UnitRows rows;
  private final UnitTransitions transitions;
  private final HandlingManagement handling;
  private final Timeline timeline;
  private final Notifications notifications;
  private final ApplicationEventPublisher events;

  /**
   * The unit returns the matter as not its business (退单) with a reason; the officer of the case (a user id, or null:
   * then group {@code officers}) is notified.
   */
  public void returnMatter(long unitId, String reason, String byUser, String officer) {
    UnitRow unit = rows.openRow(unitId);
    Violations violations = new Violations();
    String text = violations.text("reason", reason, MAX_REASON);
    violations.throwIfAny();
    Instant now = StewardClock.now();
    transitions.make(unitId, UnitTransition.RETURN, Map.of("return_reason", text, "finished_at", Timestamp.from(now),
        "finished_by", actor(byUser), "light", handling.deadline(unit.dueDate()).lightAt(now).name()));
    events.publishEvent(new UnitFinished(unitId, unit.caseNumber(), actor(byUser), "单位已退单，督办随之结束"));
    String department = rows.departmentName(unit);
    String message = Texts.shorten("诉求 " + unit.caseNumber() + " 被" + department + "退单，理由：" + text, 500);
    if (officer == null || officer.isBlank()) {
      notifications.notifyGroup(StewardGroups.OFFICERS, "MATTER_RETURNED", unit.caseNumber(), message);
    } else {
      notifications.notifyUser(officer, "MATTER_RETURNED", unit.caseNumber(), message);
    }
    timeline.record(unit.caseNumber(), "MATTER_RETURNED", actor(byUser), department + "退单", text);
  }
}
