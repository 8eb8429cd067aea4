package org.steward.survey.process;

import java.util.ArrayList;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.survey.Campaigns;
import org.steward.workflow.ProcessValues;

/** 提醒未答企业: reminds the non-responders; their officers chase them next. */
@Component
@RequiredArgsConstructor
class RemindNonRespondersDelegate implements JavaDelegate {

  private final Campaigns campaigns;

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(SurveyCampaignProcess.CHASING_OFFICERS,
        new ArrayList<>(campaigns.remind(ProcessValues.number(execution, SurveyCampaignProcess.CAMPAIGN_ID))));
  }
}
