package org.steward.request;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.steward.request.process.EnterpriseRequestProcess;
import org.steward.shared.InstanceLinks;

/**
 * Which {@code enterprise-request} instance runs which case: the instance {@link RequestIntake#submit} starts
 * claims its case at its first step (state SUBMITTED, no instance yet); a second instance for the same case number is
 * refused there, before it records or assigns anything.
 */
@Component
public class RequestInstances extends InstanceLinks<String> {

  RequestInstances(JdbcClient jdbc) {
    super(jdbc, "request", "request", "case_number", String.class, "state = 'SUBMITTED'",
        EnterpriseRequestProcess.ID, null);
  }
}
