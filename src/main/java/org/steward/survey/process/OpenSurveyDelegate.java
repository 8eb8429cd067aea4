package org.steward.survey.process;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.survey.Campaigns;
import org.steward.workflow.ProcessValues;

/** 开放问卷: the campaign opens; the enterprises its rule matches are asked and told. */
@Component
@RequiredArgsConstructor
class OpenSurveyDelegate implements JavaDelegate {

  private final Campaigns campaigns;

  @Override
  public void execute(DelegateExecution execution) {
    campaigns.open(ProcessValues.number(execution, SurveyCampaignProcess.CAMPAIGN_ID));
  }
}
