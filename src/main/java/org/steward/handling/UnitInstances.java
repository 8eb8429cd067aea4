package org.steward.handling;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.steward.handling.process.DepartmentHandlingProcess;
import org.steward.shared.InstanceLinks;

/**
 * Which {@code department-handling} instance runs which handling unit: a unit is claimed once, by the instance started
 * for it at its handover (state ASSIGNED, no instance yet); every later step of the instance finds its unit here.
 */
@Component
public class UnitInstances extends InstanceLinks<Long> {

  UnitInstances(JdbcClient jdbc) {
    super(jdbc, "handling-unit", "handling_unit", "id", Long.class, "state = 'ASSIGNED'",
        DepartmentHandlingProcess.ID, DepartmentHandlingProcess.UNIT_ID);
  }
}
