package org.steward.supervision;

import java.util.List;

import lombok.RequiredArgsConstructor;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.steward.shared.CaseOfficerChanged;
import org.steward.supervision.process.SupervisionOrderInstances;
import org.steward.workflow.SystemContext;

/**
 * A case's new officer takes over the supervision orders addressed to its former officer that are still to be signed
 * for or answered: the row's target, the instance's, and the waiting task with its grant. Answered orders wait for
 * their issuer and stay as they are.
 */
@Component
@Transactional
@RequiredArgsConstructor
class OrderTransfers {

  private final JdbcClient jdbc;
  private final SupervisionOrderInstances instances;
  private final SystemContext system;

  @EventListener
  void caseOfficerChanged(CaseOfficerChanged change) {
    List<Long> open = jdbc.sql("""
            select id from supervision_order where case_number = :caseNumber and target_kind = :officer
            and target = :from and state in ('ISSUED', 'SIGNED') order by id""")
        .param("caseNumber", change.caseNumber()).param("officer", OrderTargets.OFFICER)
        .param("from", change.fromOfficer()).query(Long.class).list();
    for (long id : open) {
      jdbc.sql("update supervision_order set target = :to where id = :id").param("to", change.toOfficer())
          .param("id", id).update();
      system.run(() -> instances.retarget(id, change.fromOfficer(), change.toOfficer()));
    }
  }
}
