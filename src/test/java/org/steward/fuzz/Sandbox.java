package org.steward.fuzz;

/** What the fuzzed endpoints act on: the fuzz test's own case, unit, order, officers and enterprise. */
record Sandbox(String caseNumber, long unitId, long orderId, String officer, String supervisor, long enterpriseId,
    long demoEnterpriseId) {

  /** A year no other test schedules (the calendar's last). */
  static final int CALENDAR_YEAR = 2099;
}
