package org.steward.supervision;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.steward.shared.InstanceLinks;
import org.steward.supervision.process.SupervisionOrderProcess;

/**
 * Which {@code supervision-order} instance runs which 督办单: the instance {@link OrderIssuing#issue} starts claims
 * its order at its first step (state ISSUED, no instance yet); every later step finds its order here.
 */
@Component
public class OrderInstances extends InstanceLinks<Long> {

  OrderInstances(JdbcClient jdbc) {
    super(jdbc, "supervision-order", "supervision_order", "id", Long.class, "state = 'ISSUED'",
        SupervisionOrderProcess.ID, SupervisionOrderProcess.ORDER_ID);
  }
}
