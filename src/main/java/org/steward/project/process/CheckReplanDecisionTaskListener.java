package org.steward.project.process;

import static org.steward.project.process.ProjectMilestonesProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.steward.project.ProjectManagement;
import org.steward.workflow.TaskRefusals;

/** Refuses to complete 审批改期申请 without a decision, or a rejection without its reason. */
@Component
class CheckReplanDecisionTaskListener implements TaskListener {

  private final ProjectManagement projects;
  private final TaskRefusals texts;

  CheckReplanDecisionTaskListener(ProjectManagement projects, TaskRefusals texts) {
    this.projects = projects;
    this.texts = texts;
  }

  @Override
  public void notify(DelegateTask task) {
    texts.check("project.field", () -> {
      projects.checkReplanDecision((String) task.getVariable(REPLAN_DECISION),
          (String) task.getVariable(DECISION_NOTE));
    });
  }
}
