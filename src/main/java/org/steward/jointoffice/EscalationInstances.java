package org.steward.jointoffice;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.steward.shared.InstanceLinks;
import org.steward.shared.NotFound;

/**
 * Which {@code joint-meeting} instance runs which escalation, and so which meeting: an escalation is born linked to
 * its instance ({@link EscalationIntake#open} stores the instance id), so none is ever claimed later; every later step
 * finds its escalation and its current meeting here, never by a variable a task holder could overwrite.
 */
@Component
public class EscalationInstances extends InstanceLinks<Long> {

  private final JdbcClient jdbc;

  EscalationInstances(JdbcClient jdbc) {
    super(jdbc, "escalation", "escalation", "id", Long.class, "1 = 0");
    this.jdbc = jdbc;
  }

  /** The joint meeting the instance's escalation holds now (its latest); {@link NotFound} when it holds none. */
  public long meetingOf(String processInstanceId) {
    return jdbc.sql("""
            select m.id from joint_meeting m join escalation e on e.id = m.escalation_id
            where e.process_instance_id = :instance order by m.id desc limit 1""")
        .param("instance", processInstanceId).query(Long.class).optional()
        .orElseThrow(() -> new NotFound("joint-meeting", processInstanceId));
  }
}
