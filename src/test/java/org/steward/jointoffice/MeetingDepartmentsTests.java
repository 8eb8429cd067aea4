package org.steward.jointoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.steward.shared.InvalidInput;
import org.steward.shared.Violations;

/** Who a joint meeting convenes, checked without Spring: 2–20 known, distinct departments and 1–30 working days. */
class MeetingDepartmentsTests {

  private static final Set<String> KNOWN = Set.of("power", "water", "housing");

  @Test
  void twoKnownDepartmentsWithinThirtyDays_pass() {
    assertThat(violations(List.of("power", "water"), 30)).isEmpty();
    assertThat(violations(List.of("power", "water", "housing"), 1)).isEmpty();
  }

  @Test
  void oneDepartment_unknownOrRepeatedCodes_andABadTimeLimit_areNamedEach() {
    assertThat(violations(List.of("power"), 3))
        .containsExactly("meetingDepartments jointoffice.meeting.departments-count");
    assertThat(violations(List.of("power", "nosuch", "power"), null)).containsExactly(
        "meetingDepartments[1] handling.department.unknown", "meetingDepartments[2] handling.department.duplicate",
        "positionTimeLimit handling.time-limit.range");
    assertThat(violations(List.of("power", "water"), 0)).containsExactly(
        "positionTimeLimit handling.time-limit.range");
    assertThat(violations(List.of("power", "water"), 31)).containsExactly(
        "positionTimeLimit handling.time-limit.range");
  }

  @Test
  void moreThanTwentyDepartments_areTooMany() {
    List<String> many = IntStream.range(0, 21).mapToObj(i -> "power").toList();
    assertThat(violations(many, 3)).first().isEqualTo("meetingDepartments jointoffice.meeting.departments-count");
  }

  private static List<String> violations(List<String> codes, Integer days) {
    Violations violations = new Violations();
    MeetingDepartments.check(codes, KNOWN, days, violations);
    try {
      violations.throwIfAny();
      return List.of();
    } catch (InvalidInput invalid) {
      return invalid.violations().stream().map(v -> v.field() + " " + v.code()).toList();
    }
  }
}
