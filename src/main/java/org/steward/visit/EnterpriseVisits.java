package org.steward.visit;

import java.time.LocalDate;
import java.util.List;

/**
 * 走访记录 as the enterprise reads it on the portal: its recorded visits, the latest first (a page of them, of
 * {@code total}), and the visit planned next, if one is open. Only what the enterprise took part in or asked for: the
 * date, the mode and the officer who came, and the requests raised from the problems found (each as the enterprise
 * reads its requests). The officer's own record stays internal: the people met, the officer's account of the
 * enterprise's situation, the problems' wording and those not raised as requests, the photos, and the planned
 * visit's officer, light and task.
 */
public record EnterpriseVisits(List<Visit> visits, long total, Planned next) {

  /** A recorded visit: when, how (实地 / 电话 / 视频), by whom, and the requests raised from it. */
  public record Visit(LocalDate visitedOn, String modeLabel, String officerName, List<RaisedRequest> requests) {
  }

  /** A request raised from a problem found on a visit: its case number, title and state in Chinese. */
  public record RaisedRequest(String caseNumber, String title, String stateLabel) {
  }

  /** The visit planned next: its cycle (每月 / 每季度) and the day it is due by. */
  public record Planned(String cycleLabel, LocalDate dueDate) {
  }
}
