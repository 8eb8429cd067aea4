package org.steward.supervision.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.steward.directory.StewardGroups;
import org.steward.workflow.ProcessValues;

/**
 * Offers an order's task to its department's queue ({@code dept-<code>}) when the order is on a department; an order
 * on an officer is assigned to the officer by the task's {@code ${targetOfficer}}, and nobody else is a candidate.
 */
@Component
class DepartmentQueueTaskListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    if (SupervisionOrderProcess.TARGET_DEPARTMENT.equals(task.getVariable(SupervisionOrderProcess.TARGET_KIND))) {
      task.addCandidateGroup(StewardGroups.department(ProcessValues.text(task, SupervisionOrderProcess.TARGET)));
    }
  }
}
