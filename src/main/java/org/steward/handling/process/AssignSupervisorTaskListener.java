package org.steward.handling.process;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.steward.directory.DirectoryManagement;
import org.steward.directory.Officer;

/**
 * 督办逾期事项 goes to the supervisor of the case's officer, as 督促首次响应 and 督办重办事项 do: it is in that
 * supervisor's 我的待办 and moves with the case's 转办. A unit without an officer (a common issue's handover item) or
 * whose officer has no supervisor leaves it to the supervisors' pool (督办事项; workflow.SupervisorPoolPlugin takes an
 * assigned task out of it). Before this, every overdue unit of the city was in every supervisor's 我的待办 (issue 18).
 */
@Component
@RequiredArgsConstructor
class AssignSupervisorTaskListener implements TaskListener {

  private final DirectoryManagement directory;

  @Override
  public void notify(DelegateTask task) {
    if (task.getVariable(DepartmentHandlingProcess.OFFICER) instanceof String officer) {
      directory.supervisorOf(officer).map(Officer::id).ifPresent(task::setAssignee);
    }
  }
}
