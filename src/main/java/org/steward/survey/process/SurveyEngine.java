package org.steward.survey.process;

import java.time.Instant;
import java.util.Date;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import org.steward.workflow.SystemContext;

/** What the survey capability asks of the engine: start a campaign's {@code survey-campaign} instance. */
@Component
@RequiredArgsConstructor
public class SurveyEngine {

  private final RuntimeService runtime;
  private final SystemContext system;

  /** Starts campaign {@code campaignId}'s instance (business key {@code SURVEY-<id>}) with its three moments. */
  public void start(long campaignId, String title, Instant opensAt, Instant remindAt, Instant closesAt) {
    system.run(() -> runtime.startProcessInstanceByKey(SurveyCampaignProcess.ID, "SURVEY-" + campaignId,
        Variables.putValue(SurveyCampaignProcess.CAMPAIGN_ID, campaignId)
            .putValue(SurveyCampaignProcess.CAMPAIGN_TITLE, title)
            .putValue(SurveyCampaignProcess.OPENS_AT, Date.from(opensAt))
            .putValue(SurveyCampaignProcess.REMIND_AT, Date.from(remindAt))
            .putValue(SurveyCampaignProcess.CLOSES_AT, Date.from(closesAt))));
  }
}
