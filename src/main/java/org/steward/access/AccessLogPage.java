package org.steward.access;

import java.time.OffsetDateTime;
import java.util.List;

/** One page of the access log and how many lines match in all. */
public record AccessLogPage(List<Entry> items, long total) {

  /** One read: who, what (the action and the case, or the export's filter) and when. */
  public record Entry(long id, String user, String action, String caseNumber, String detail, OffsetDateTime at) {
  }
}
