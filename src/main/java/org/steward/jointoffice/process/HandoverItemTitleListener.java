package org.steward.jointoffice.process;

import static org.steward.jointoffice.process.JointMeetingProcess.*;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import org.steward.jointoffice.JointMeetings;
import org.steward.workflow.ProcessValues;

/**
 * Gives each handover item's department-handling instance its own title (the item's task), as a variable local to the
 * multi-instance execution that the call activity's in-mapping reads.
 */
@Component
@RequiredArgsConstructor
class HandoverItemTitleListener implements ExecutionListener {

  private final JointMeetings meetings;

  @Override
  public void notify(DelegateExecution execution) {
    execution.setVariableLocal(TITLE, meetings.itemTask(ProcessValues.number(execution, UNIT_ID)));
  }
}
