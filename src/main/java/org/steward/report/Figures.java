package org.steward.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The figures of one group of requests (all of a period, or one department's, officer's, area's or category's). Rates
 * are decimal fractions with 4 decimals, null when there is nothing to divide; docs/reports.md defines each figure.
 *
 * @param collected requests submitted in the period
 * @param resolvedOnSpot of those, resolved on the spot (outcome {@code RESOLVED_DIRECTLY}, the latest decision)
 * @param tracked of those, handed over or sent to the joint-meeting office (outcome {@code TRACKED})
 * @param closed of those, closed out (销号) by now
 * @param resolutionRate closed / collected
 * @param onTimeRate units that gave feedback by their (possibly extended) deadline / units judged: those that gave
 *     feedback and those still open past their deadline
 * @param averageFirstResponseHours mean hours from submission to the officer's first answer, over answered requests
 * @param respondedWithin24hRate answered by the 24-hour response deadline / requests answered or past that deadline
 * @param urges urges (催办) recorded on these requests
 * @param urgeRate requests urged at least once / collected
 * @param reopened requests reopened (重办) at least once
 * @param reopenRate reopened / rated
 * @param satisfactionRate requests whose latest verdict is 满意 or 基本满意 / rated
 * @param urgedRequests requests urged at least once
 * @param rated requests with a satisfaction verdict
 * @param unitsJudged handling units counted by {@code onTimeRate}
 * @param unitsOnTime handling units that gave feedback by their deadline
 * @param withdrawn of the requests collected, withdrawn by the enterprise before hand-over (not closed out)
 * @param noResponse of the requests collected, closed because the enterprise never supplied the material asked for
 */
public record Figures(long collected, long resolvedOnSpot, long tracked, long closed, BigDecimal resolutionRate,
    BigDecimal onTimeRate, BigDecimal averageFirstResponseHours, BigDecimal respondedWithin24hRate, long urges,
    BigDecimal urgeRate, long reopened, BigDecimal reopenRate, BigDecimal satisfactionRate, long urgedRequests,
    long rated, long unitsJudged, long unitsOnTime, long withdrawn, long noResponse) {

  /** Counts and sums that add up across groups, from which the figures follow. */
  record Sums(long collected, long resolvedOnSpot, long tracked, long closed, long answered, double responseSeconds,
      long answeredInTime, long answerable, long urges, long urgedRequests, long reopened, long rated,
      long satisfied, long unitsJudged, long unitsOnTime, long withdrawn, long noResponse) {

    static final Sums NONE = new Sums(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    Sums plus(Sums o) {
      return new Sums(collected + o.collected, resolvedOnSpot + o.resolvedOnSpot, tracked + o.tracked,
          closed + o.closed, answered + o.answered, responseSeconds + o.responseSeconds,
          answeredInTime + o.answeredInTime, answerable + o.answerable, urges + o.urges,
          urgedRequests + o.urgedRequests, reopened + o.reopened, rated + o.rated, satisfied + o.satisfied,
          unitsJudged + o.unitsJudged, unitsOnTime + o.unitsOnTime, withdrawn + o.withdrawn,
          noResponse + o.noResponse);
    }

    Figures figures() {
      return new Figures(collected, resolvedOnSpot, tracked, closed, rate(closed, collected),
          rate(unitsOnTime, unitsJudged),
          answered == 0 ? null
              : BigDecimal.valueOf(responseSeconds / 3600 / answered).setScale(2, RoundingMode.HALF_UP),
          rate(answeredInTime, answerable), urges, rate(urgedRequests, collected), reopened, rate(reopened, rated),
          rate(satisfied, rated), urgedRequests, rated, unitsJudged, unitsOnTime, withdrawn, noResponse);
    }

    static BigDecimal rate(long part, long whole) {
      return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }
  }
}
