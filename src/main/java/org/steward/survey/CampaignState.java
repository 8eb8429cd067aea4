package org.steward.survey;

/** A campaign's state: created and waiting for its open date, open for answers, or closed. */
public enum CampaignState {
  SCHEDULED, OPEN, CLOSED
}
