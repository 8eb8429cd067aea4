package org.steward.jointoffice.process;

import static org.steward.jointoffice.process.JointMeetingProcess.*;

import java.util.ArrayList;
import java.util.Date;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import org.steward.jointoffice.Analysis;
import org.steward.jointoffice.EscalationAnalysis;
import org.steward.jointoffice.EscalationInstances;
import org.steward.workflow.ProcessValues;

/** 记录研判结论: carries out the analysis and sets what the gateway, the positions or the caller read next. */
@Component
@RequiredArgsConstructor
class RecordAnalysisDelegate implements JavaDelegate {

  private final EscalationAnalysis office;
  private final EscalationInstances escalations;

  @Override
  public void execute(DelegateExecution execution) {
    String analyst = ProcessValues.completer(execution);
    Analysis analysis = office.analyse(escalations.of(execution.getProcessInstanceId()),
        AnalysisForm.read(execution), analyst);
    execution.setVariable(ACTION, analysis.action().name());
    switch (analysis.action()) {
      case ARBITRATE, DECIDE -> {
        execution.setVariable(JOINT_OUTCOME, analysis.outcome());
        execution.setVariable(LEAD_DEPARTMENT, analysis.leadDepartment());
        execution.setVariable(COOPERATING_DEPARTMENTS, analysis.cooperatingDepartments());
        execution.setVariable(TIME_LIMIT, analysis.timeLimit());
        execution.setVariable(RESOLUTION, analysis.resolution());
        execution.setVariable(DECIDED_BY, analyst);
      }
      case COMMON_ISSUE -> execution.setVariable(COMMON_ISSUE_NUMBER, analysis.commonIssueNumber());
      case JOINT_MEETING -> {
        execution.setVariable(MEETING_ID, analysis.meetingId());
        // transient: the multi-instance sub-process right after reads it; a stored list would be a serialized blob
        execution.setVariable(MEETING_DEPARTMENTS_LIST,
            Variables.untypedValue(new ArrayList<>(analysis.meetingDepartments()), true));
        execution.setVariable(POSITION_DUE_DATE, analysis.positionDueDate().toString());
        execution.setVariable(POSITION_WARN_AT, Date.from(analysis.positionWarnAt()));
        execution.setVariable(POSITION_DUE_AT, Date.from(analysis.positionDueAt()));
      }
    }
  }
}
