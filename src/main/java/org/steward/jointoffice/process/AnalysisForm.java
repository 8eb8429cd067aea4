package org.steward.jointoffice.process;

import static org.steward.jointoffice.process.JointMeetingProcess.*;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.steward.jointoffice.AnalysisInput;
import org.steward.shared.Violations;
import org.steward.workflow.Choices;

/** Reads the analysis form's values from a task or an execution. */
final class AnalysisForm {

  private AnalysisForm() {
  }

  static AnalysisInput read(VariableScope scope) {
    return new AnalysisInput((String) scope.getVariable(ACTION), (String) scope.getVariable(LEAD_DEPARTMENT),
        Choices.codesOf(scope.getVariable(COOPERATING_DEPARTMENTS)), integer(scope.getVariable(TIME_LIMIT)),
        (String) scope.getVariable(COMMON_ISSUE_NUMBER), (String) scope.getVariable(NEW_ISSUE_TITLE),
        (String) scope.getVariable(NEW_ISSUE_DESCRIPTION), Choices.codesOf(scope.getVariable(MEETING_DEPARTMENTS)),
        integer(scope.getVariable(POSITION_TIME_LIMIT)), (String) scope.getVariable(RESOLUTION));
  }

  /**
   * Tasklist's number fields submit Long or Double; text fields may hold digits. Anything but a whole number (2.5 too)
   * is null, which the office's range rule refuses.
   */
  static Integer integer(Object value) {
    return Violations.wholeOrNull(value);
  }
}
