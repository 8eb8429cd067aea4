package org.steward.request.process;

import static org.steward.request.process.EnterpriseRequestProcess.SATISFACTION;
import static org.steward.request.process.EnterpriseRequestProcess.SATISFACTION_COMMENT;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.request.ApiRater;
import org.steward.request.RequestRatings;
import org.steward.timeline.Timeline;
import org.steward.workflow.Actors;
import org.steward.workflow.ProcessValues;

/**
 * 记录满意度 in the name of who rated: the user rating through Steward's API, else the user who completed the return
 * visit (or answered the message): never a variable, which whoever completes the task could set to anyone.
 */
@Component
@RequiredArgsConstructor
class RecordSatisfactionDelegate implements JavaDelegate {

  private final RequestRatings ratings;
  private final ApiRater apiRater;

  @Override
  public void execute(DelegateExecution execution) {
    String ratedBy = apiRater.current().orElseGet(() -> completer(execution));
    ratings.recordSatisfaction(execution.getProcessBusinessKey(), ProcessValues.text(execution, SATISFACTION),
        ProcessValues.text(execution, SATISFACTION_COMMENT), ratedBy);
  }

  /** Who completed the return visit ({@code completedBy}), or on the message path the engine's authenticated user. */
  private static String completer(DelegateExecution execution) {
    String completedBy = ProcessValues.completer(execution);
    if (completedBy != null) {
      return completedBy;
    }
    String current = Actors.current(execution.getProcessEngineServices());
    return current != null ? current : Timeline.SYSTEM;
  }
}
