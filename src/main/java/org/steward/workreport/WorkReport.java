package org.steward.workreport;

import java.time.LocalDate;

/**
 * An officer's report of a quarter: the figures drafted from the data (visits recorded, requests raised on enterprises'
 * behalf and closed, policy deliveries to its enterprises, ratings and satisfied ratings of its requests), its summary
 * and the supervisor's review.
 */
public record WorkReport(long id, String officerId, String officerName, String quarter, LocalDate periodFrom,
    LocalDate periodTo, int visitsDone, int requestsRaised, int requestsClosed, int policiesDelivered, int rated,
    int satisfied, String summary, WorkReportState state, int rounds, String reviewerId, String reviewNote) {

  /** The figures as the officer's task shows them, one per line. */
  public String figuresText() {
    return "统计期间：" + periodFrom + " 至 " + periodTo + "\n完成走访：" + visitsDone + " 次\n代企业提出诉求：" + requestsRaised
        + " 件\n办结诉求：" + requestsClosed + " 件\n所联系企业收到政策：" + policiesDelivered + " 次\n企业评价：" + rated
        + " 次，其中满意或基本满意 " + satisfied + " 次";
  }
}
