package org.steward.workreport;

/** A work report's state: drafted from the data, submitted with the officer's summary, sent back, or accepted. */
public enum WorkReportState {
  DRAFTED, SUBMITTED, SENT_BACK, ACCEPTED
}
