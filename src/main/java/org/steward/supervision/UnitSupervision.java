package org.steward.supervision;

import lombok.RequiredArgsConstructor;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.steward.deadline.Light;
import org.steward.deadline.LightChanged;
import org.steward.handling.HandlingManagement;
import org.steward.handling.HandlingUnit;
import org.steward.handling.UnitFinished;
import org.steward.handling.UnitSupervised;

/**
 * Supervision of a department's unit (督办), as the unit's events tell it: a unit turning red opens a supervision item
 * (UNIT_OVERDUE, unless one is open); a unit finishing or supervised closes its open items.
 */
@Component
@RequiredArgsConstructor
class UnitSupervision {

  private final SupervisionManagement supervision;
  private final HandlingManagement handling;

  @EventListener(condition = "#event.concerns('unit')")
  void on(LightChanged event) {
    if (event.to() != Light.RED) {
      return;
    }
    HandlingUnit unit = handling.unit(Long.parseLong(event.subjectId()));
    boolean supervised = supervision.ofCase(unit.caseNumber()).stream()
        .anyMatch(item -> item.isOpen() && Long.valueOf(unit.id()).equals(item.unitId()));
    if (!supervised) {
      supervision.open(unit.caseNumber(), unit.id(), SupervisionReason.UNIT_OVERDUE, unit.departmentCode());
    }
  }

  @EventListener
  void on(UnitFinished event) {
    close(event.unitId(), event.caseNumber(), event.byUser(), event.note());
  }

  @EventListener
  void on(UnitSupervised event) {
    close(event.unitId(), event.caseNumber(), event.byUser(), event.note());
  }

  private void close(long unitId, String caseNumber, String byUser, String note) {
    supervision.ofCase(caseNumber).stream().filter(item -> item.isOpen() && Long.valueOf(unitId).equals(item.unitId()))
        .forEach(item -> supervision.close(item.id(), byUser, note));
  }
}
