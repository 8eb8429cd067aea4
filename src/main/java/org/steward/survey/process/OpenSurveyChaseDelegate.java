package org.steward.survey.process;

import java.util.Date;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.survey.SurveyChases;
import org.steward.workflow.ProcessValues;

/** 生成催答任务: opens this officer's chase; its deadline and the non-responders it lists, for the task. */
@Component
@RequiredArgsConstructor
class OpenSurveyChaseDelegate implements JavaDelegate {

  private final SurveyChases chases;

  @Override
  public void execute(DelegateExecution execution) {
    SurveyChases.Opened opened = chases.open(ProcessValues.number(execution, SurveyCampaignProcess.CAMPAIGN_ID),
        ProcessValues.text(execution, SurveyCampaignProcess.OFFICER));
    execution.setVariableLocal(SurveyCampaignProcess.CHASE_ID, opened.id());
    execution.setVariableLocal(SurveyCampaignProcess.NON_RESPONDERS, opened.nonResponders());
    execution.setVariableLocal(SurveyCampaignProcess.WARN_AT, Date.from(opened.deadline().warnAt()));
    execution.setVariableLocal(SurveyCampaignProcess.DUE_AT, Date.from(opened.deadline().dueAt()));
  }
}
