package org.steward.handling.process;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.steward.handling.UnitInstances;
import org.steward.handling.UnitReports;
import org.steward.workflow.Actors;

/**
 * 签收 is taking the matter: when someone of the department claims 签收并办理 (or is assigned it), the unit records who
 * and when. A completion without a claim (engine-rest) signs first. Signing twice changes nothing.
 */
@Component
@RequiredArgsConstructor
class RecordSigningTaskListener implements TaskListener {

  private final UnitReports reports;
  private final UnitInstances units;

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_ASSIGNMENT.equals(task.getEventName()) && task.getAssignee() == null) {
      return; // given back to the queue: the matter stays signed for
    }
    String actor = Actors.current(task.getProcessEngineServices());
    reports.sign(units.of(task.getProcessInstanceId()), actor != null ? actor : task.getAssignee());
  }
}
