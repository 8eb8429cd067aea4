package org.steward.handling;

import static org.steward.handling.HandlingManagement.MAX_REASON;
import static org.steward.handling.UnitRows.actor;

import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.shared.Violations;
import org.steward.timeline.Timeline;

/**
 * A supervisor chases a red unit (督办) with a note: the note is checked before the 督办 task completes, and recorded
 * as {@link UnitSupervised}, which ends the unit's open supervision.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class SupervisionNotes {

  private final UnitRows rows;
  private final Timeline timeline;
  private final ApplicationEventPublisher events;

  /** The supervisor completed the 督办 task: the unit's open supervision items close with the note. */
  public void closeSupervision(long unitId, String byUser, String note) {
    UnitRow unit = rows.row(unitId);
    String text = checked(note);
    events.publishEvent(new UnitSupervised(unitId, unit.caseNumber(), actor(byUser), text));
    timeline.record(unit.caseNumber(), "UNIT_SUPERVISED", actor(byUser), "督办" + rows.departmentName(unit), text);
  }

  private static String checked(String note) {
    Violations violations = new Violations();
    String text = violations.text("supervisionNote", note, MAX_REASON);
    violations.throwIfAny();
    return text;
  }
}
