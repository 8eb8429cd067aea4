package org.steward.convening;

import java.util.List;

import lombok.RequiredArgsConstructor;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.steward.convening.process.ConveningInstances;
import org.steward.shared.CaseOfficerChanged;
import org.steward.workflow.SystemContext;

/**
 * A case's new officer takes over the open convenings its former officer called on it: the row's convener, the
 * instance's, and the conclusion task if it is waiting already. The officers asked for opinions keep their tasks.
 */
@Component
@Transactional
@RequiredArgsConstructor
class ConveningTransfers {

  private final JdbcClient jdbc;
  private final ConveningInstances instances;
  private final SystemContext system;

  @EventListener
  void caseOfficerChanged(CaseOfficerChanged change) {
    List<Long> open = jdbc.sql("""
            select id from convening where case_number = :caseNumber and convener = :from and state = 'OPEN'
            order by id""")
        .param("caseNumber", change.caseNumber()).param("from", change.fromOfficer()).query(Long.class).list();
    for (long id : open) {
      jdbc.sql("update convening set convener = :to where id = :id").param("to", change.toOfficer()).param("id", id)
          .update();
      system.run(() -> instances.changeConvener(id, change.fromOfficer(), change.toOfficer()));
    }
  }
}
