package org.steward.visit;

import java.time.LocalDate;

/** How often an enterprise is visited, and within how many working days of its cycle's start. */
public enum VisitCycle {
  /** Every month (每月), within 15 working days. */
  MONTHLY("每月", 15),
  /** Every quarter (每季度), opened in January, April, July and October, within 45 working days. */
  QUARTERLY("每季度", 45);

  private final String label;
  private final int workingDays;

  VisitCycle(String label, int workingDays) {
    this.label = label;
    this.workingDays = workingDays;
  }

  public String label() {
    return label;
  }

  /** The working days from the cycle's start by which the visit is due. */
  public int workingDays() {
    return workingDays;
  }

  /** Whether a cycle of this kind opens in the month of {@code periodStart}. */
  public boolean opensIn(LocalDate periodStart) {
    return this == MONTHLY || (periodStart.getMonthValue() - 1) % 3 == 0;
  }

  /** The cycle an enterprise has without any rule: monthly for a key enterprise, quarterly for the others. */
  public static VisitCycle byDefault(boolean keyEnterprise) {
    return keyEnterprise ? MONTHLY : QUARTERLY;
  }
}
