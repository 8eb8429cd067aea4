package org.steward.report;

import java.math.BigDecimal;

/**
 * The 政策推送 figures of one policy, or of all, over a report's period; docs/reports.md defines each.
 *
 * @param matched enterprises the policy had reached by the end of the period (its delivery rows then)
 * @param delivered of those, reached within the period: at publication, or on joining the directory later
 * @param read deliveries first read (on the portal) within the period
 * @param readRate read / matched, 4 decimals; null when the policy reached nobody
 * @param confirmed key enterprises' deliveries their officers confirmed (政策送达确认) within the period
 * @param applicable of those, confirmed as applying to the enterprise
 * @param consultations requests raised about the policy (我要咨询 / 申报) within the period
 */
public record PolicyPushFigures(long matched, long delivered, long read, BigDecimal readRate, long confirmed,
    long applicable, long consultations) {

  static final PolicyPushFigures NONE = of(0, 0, 0, 0, 0, 0);

  static PolicyPushFigures of(long matched, long delivered, long read, long confirmed, long applicable,
      long consultations) {
    return new PolicyPushFigures(matched, delivered, read, Figures.Sums.rate(read, matched), confirmed, applicable,
        consultations);
  }

  PolicyPushFigures plus(PolicyPushFigures o) {
    return of(matched + o.matched, delivered + o.delivered, read + o.read, confirmed + o.confirmed,
        applicable + o.applicable, consultations + o.consultations);
  }
}
