package org.steward.request.process;

import static org.steward.request.process.EnterpriseRequestProcess.*;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.steward.convening.ConveningConcluded;
import org.steward.request.RequestConvening;
import org.steward.workflow.SystemContext;

/**
 * Hands a convening's conclusion to the request that waits for it (Event_ConveningConcluded), in the concluding
 * transaction. A convening started over the API while the request does not wait for it concerns no process.
 */
@Component
@RequiredArgsConstructor
class ConveningConclusions {

  private final RuntimeService runtime;
  private final RequestConvening requests;
  private final SystemContext system;

  @EventListener
  void on(ConveningConcluded concluded) {
    boolean waited = system.call(() -> !runtime.createMessageCorrelation(MESSAGE_CONVENING_CONCLUDED)
        .processInstanceBusinessKey(concluded.caseNumber())
        .processInstanceVariableEquals(CONVENING_ID, concluded.conveningId())
        .setVariable(CONVENING_CONCLUSION, concluded.conclusion())
        .correlateAllWithResult().isEmpty());
    if (waited) {
      requests.conveningConcluded(concluded.caseNumber());
    }
  }
}
