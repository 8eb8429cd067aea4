package org.steward.jointoffice.process;

import static org.steward.jointoffice.process.JointMeetingProcess.*;

import java.util.ArrayList;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import org.steward.jointoffice.EscalationInstances;
import org.steward.jointoffice.JointMeetings;
import org.steward.workflow.ProcessValues;

/** 记录纪要并交办: keeps minutes and decision and opens one handling unit per handover item. */
@Component
@RequiredArgsConstructor
class RecordMinutesDelegate implements JavaDelegate {

  private final JointMeetings meetings;
  private final EscalationInstances escalations;

  @Override
  public void execute(DelegateExecution execution) {
    String recorder = ProcessValues.completer(execution);
    List<Long> unitIds = meetings.recordMinutes(escalations.meetingOf(execution.getProcessInstanceId()),
        ProcessValues.text(execution, MINUTES), ProcessValues.text(execution, DECISION),
        MinutesForm.items(execution), recorder);
    // transient: the multi-instance call activity right after reads it
    execution.setVariable(UNIT_IDS, Variables.untypedValue(new ArrayList<>(unitIds), true));
    // a unit's 退单 goes back to whoever recorded the minutes
    execution.setVariable(OFFICER, recorder);
  }
}
