package org.steward.jointoffice.process;

import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import org.steward.workflow.SystemContext;

/**
 * The joint-meeting office's port to the engine for common issues (共性问题): a new issue's own {@code joint-meeting}
 * instance, and the messages that release the cases waiting on an issue. Steward's calls run as the system.
 */
@Component
@RequiredArgsConstructor
public class CommonIssueEngine {

  private final RuntimeService runtime;
  private final SystemContext system;

  /** Starts the issue's {@code joint-meeting} instance, its business key the issue's number. */
  public void start(String number, Map<String, Object> variables) {
    system.run(() -> runtime.startProcessInstanceByKey(JointMeetingProcess.ID, number, variables));
  }

  /** A case was unlinked from its issue: its waiting instance goes back to the office's analysis. */
  public void unlinked(String processInstanceId) {
    system.run(() -> runtime.createMessageCorrelation(JointMeetingProcess.MESSAGE_COMMON_ISSUE_UNLINKED)
        .processInstanceId(processInstanceId).correlate());
  }

  /** The issue was resolved: the waiting instance of a linked case ends with the resolution. */
  public void resolved(String processInstanceId, Map<String, Object> variables) {
    system.run(() -> runtime.createMessageCorrelation(JointMeetingProcess.MESSAGE_COMMON_ISSUE_RESOLVED)
        .processInstanceId(processInstanceId).setVariables(variables).correlate());
  }
}
