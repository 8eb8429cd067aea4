package org.steward.survey.process;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.survey.Campaigns;
import org.steward.workflow.ProcessValues;

/** 截止: the campaign takes no more answers; chases still open end. */
@Component
@RequiredArgsConstructor
class CloseSurveyDelegate implements JavaDelegate {

  private final Campaigns campaigns;

  @Override
  public void execute(DelegateExecution execution) {
    campaigns.close(ProcessValues.number(execution, SurveyCampaignProcess.CAMPAIGN_ID));
  }
}
