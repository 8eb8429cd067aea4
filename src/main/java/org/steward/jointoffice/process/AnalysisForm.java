package org.steward.jointoffice.process;

import static org.steward.jointoffice.process.JointMeetingProcess.*;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.steward.jointoffice.AnalysisInput;
import org.steward.shared.Violations;
import org.steward.workflow.Choices;
import org.steward.workflow.ProcessValues;

/** Reads the analysis form's values from a task or an execution. */
final class AnalysisForm {

  private AnalysisForm() {
  }

  static AnalysisInput read(VariableScope scope) {
    return new AnalysisInput(ProcessValues.text(scope, ACTION), ProcessValues.text(scope, LEAD_DEPARTMENT),
        Choices.codesOf(scope.getVariable(COOPERATING_DEPARTMENTS)), integer(scope.getVariable(TIME_LIMIT)),
        ProcessValues.text(scope, COMMON_ISSUE_NUMBER), ProcessValues.text(scope, NEW_ISSUE_TITLE),
        ProcessValues.text(scope, NEW_ISSUE_DESCRIPTION), Choices.codesOf(scope.getVariable(MEETING_DEPARTMENTS)),
        integer(scope.getVariable(POSITION_TIME_LIMIT)), ProcessValues.text(scope, RESOLUTION));
  }

  /**
   * Tasklist's number fields submit Long or Double; text fields may hold digits. Anything but a whole number (2.5 too)
   * is null, which the office's range rule refuses.
   */
  static Integer integer(Object value) {
    return Violations.wholeOrNull(value);
  }
}
