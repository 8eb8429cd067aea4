package org.steward.handling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.steward.directory.Department;
import org.steward.shared.InvalidInput;

/** What a handover may name ({@link HandoverCheck}), without a directory: the departments are given. */
class HandoverCheckTests {

  private static final List<Department> KNOWN = List.of(new Department("power", "供电公司"),
      new Department("water", "水务局"), new Department("housing", "住建局"));

  @Test
  void theLeadComesFirst_thenTheCooperatingDepartmentsInTheirOrder() {
    assertThat(HandoverCheck.departments(KNOWN, "water", List.of("power", "housing"), 3).keySet())
        .containsExactly("water", "power", "housing");
    assertThat(HandoverCheck.departments(KNOWN, "power", null, 60).keySet()).containsExactly("power");
  }

  @Test
  void everyBadFieldIsNamed() {
    assertThatThrownBy(() -> HandoverCheck.departments(KNOWN, "housing",
        Arrays.asList("housing", "nosuch", "power", "power", " "), 61))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations())
            .extracting(InvalidInput.FieldViolation::field, InvalidInput.FieldViolation::code)
            .containsExactly(tuple("cooperatingDepartments[0]", "handling.department.lead-also-cooperating"),
                tuple("cooperatingDepartments[1]", "handling.department.unknown"),
                tuple("cooperatingDepartments[3]", "handling.department.duplicate"),
                tuple("cooperatingDepartments[4]", "NotBlank"),
                tuple("timeLimit", "handling.time-limit.range")));
    assertThatThrownBy(() -> HandoverCheck.departments(KNOWN, null, List.of(), 0))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations())
            .extracting(InvalidInput.FieldViolation::field).containsExactly("leadDepartment", "timeLimit"));
  }

  @Test
  void handoverItems_answerTheirTasks_andNameEveryBadItem() {
    Set<String> codes = Set.of("power", "water");

    assertThat(HandoverCheck.items(codes, "QY1", List.of(new HandoverItem("power", " 接电 ", 3),
        new HandoverItem("power", "临时用电", 1)))).containsExactly("接电", "临时用电");
    assertThatThrownBy(() -> HandoverCheck.items(codes, " ", Arrays.asList(new HandoverItem("nosuch", "办理", 3),
        new HandoverItem("water", "", 0), null)))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations())
            .extracting(InvalidInput.FieldViolation::field)
            .containsExactly("caseNumber", "items[0].department", "items[1].task", "items[1].timeLimit", "items[2]"));
    assertThatThrownBy(() -> HandoverCheck.items(codes, "QY1", Collections.nCopies(HandlingManagement.MAX_ITEMS + 1,
        new HandoverItem("power", "办理", 3))))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations())
            .extracting(InvalidInput.FieldViolation::field).containsExactly("items"));
  }
}
