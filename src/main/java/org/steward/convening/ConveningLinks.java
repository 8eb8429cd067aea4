package org.steward.convening;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.steward.convening.process.ConveningProcess;
import org.steward.shared.InstanceLinks;

/**
 * Which {@code convening} instance runs which convening: the instance {@link ConveningManagement#convene} starts claims
 * its convening at its first step (state OPEN, no instance yet); every later step, and each officer's opinion, is found
 * from here.
 */
@Component
public class ConveningLinks extends InstanceLinks<Long> {

  ConveningLinks(JdbcClient jdbc) {
    super(jdbc, "convening", "convening", "id", Long.class, "state = 'OPEN'",
        ConveningProcess.ID, ConveningProcess.CONVENING_ID);
  }
}
