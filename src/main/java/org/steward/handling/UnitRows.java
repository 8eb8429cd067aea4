package org.steward.handling;

import java.util.List;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.steward.directory.Department;
import org.steward.directory.DirectoryManagement;
import org.steward.shared.NotFound;
import org.steward.timeline.Timeline;

/** Reads units' rows for the use cases of handling, in their transaction. */
@Component
@RequiredArgsConstructor
class UnitRows {

  private final JdbcClient jdbc;
  private final DirectoryManagement directory;

  /** The unit's row; {@link NotFound} ({@code handling-unit}) if there is none. */
  UnitRow row(long unitId) {
    return jdbc.sql(UnitRow.SELECT + " where id = :id").param("id", unitId).query(UnitRow::map).optional()
        .orElseThrow(() -> new NotFound("handling-unit", unitId));
  }

  /** The case of the unit (which exists). */
  String caseNumber(long unitId) {
    return jdbc.sql("select case_number from handling_unit where id = :id").param("id", unitId).query(String.class)
        .single();
  }

  /** The unit's row if the unit is still open; {@link UnitNotOpen} once it has finished. */
  UnitRow openRow(long unitId) {
    UnitRow unit = row(unitId);
    if (!unit.state().isOpen()) {
      throw new UnitNotOpen(unitId, unit.state());
    }
    return unit;
  }

  /** Every unit of the case, every round, oldest first. */
  List<UnitRow> rowsOf(String caseNumber) {
    return jdbc.sql(UnitRow.SELECT + " where case_number = :caseNumber order by round, position")
        .param("caseNumber", caseNumber).query(UnitRow::map).list();
  }

  /** The name of the unit's department as people read it, or its code when the directory has none. */
  String departmentName(UnitRow unit) {
    return directory.department(unit.departmentCode()).map(Department::name).orElse(unit.departmentCode());
  }

  /** Who a step is recorded as done by: the user, or the system when there is none. */
  static String actor(String byUser) {
    return byUser == null || byUser.isBlank() ? Timeline.SYSTEM : byUser;
  }
}
