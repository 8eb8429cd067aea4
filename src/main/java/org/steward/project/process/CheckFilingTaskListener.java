package org.steward.project.process;

import static org.steward.project.process.ProjectMilestonesProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.steward.project.ProjectFilings;
import org.steward.workflow.TaskRefusals;

/** Refuses to complete 填报月度进展 without a whole percent 0..100 and notes. */
@Component
class CheckFilingTaskListener implements TaskListener {

  private final ProjectFilings filings;
  private final TaskRefusals texts;

  CheckFilingTaskListener(ProjectFilings filings, TaskRefusals texts) {
    this.filings = filings;
    this.texts = texts;
  }

  @Override
  public void notify(DelegateTask task) {
    texts.check("project.field", () -> {
      filings.checkFiling(task.getVariable(PERCENT), (String) task.getVariable(PROGRESS_NOTES));
    });
  }
}
