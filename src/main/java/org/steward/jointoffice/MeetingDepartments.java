package org.steward.jointoffice;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.steward.shared.Violations;

/**
 * Who a joint meeting convenes and how long they have: 2–20 distinct, known departments, each giving its position
 * within 1–30 working days. A rule without state, so it is tested alone.
 */
final class MeetingDepartments {

  static final int MIN_DEPARTMENTS = 2;
  static final int MAX_DEPARTMENTS = 20;
  static final int MAX_POSITION_TIME_LIMIT = 30;

  private MeetingDepartments() {
  }

  /**
   * Adds a violation of {@code meetingDepartments} (count), {@code meetingDepartments[i]} (unknown or repeated code)
   * or {@code positionTimeLimit} for each rule the analysis breaks; {@code known} are the directory's codes.
   */
  static void check(List<String> codes, Set<String> known, Integer positionTimeLimit, Violations violations) {
    if (codes.size() < MIN_DEPARTMENTS || codes.size() > MAX_DEPARTMENTS) {
      violations.add("meetingDepartments", "jointoffice.meeting.departments-count", MIN_DEPARTMENTS, MAX_DEPARTMENTS);
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < codes.size(); i++) {
      String code = codes.get(i);
      if (!known.contains(code)) {
        violations.add("meetingDepartments[" + i + "]", "handling.department.unknown", code);
      } else if (!seen.add(code)) {
        violations.add("meetingDepartments[" + i + "]", "handling.department.duplicate", code);
      }
    }
    if (positionTimeLimit == null || positionTimeLimit < 1 || positionTimeLimit > MAX_POSITION_TIME_LIMIT) {
      violations.add("positionTimeLimit", "handling.time-limit.range", 1, MAX_POSITION_TIME_LIMIT);
    }
  }
}
