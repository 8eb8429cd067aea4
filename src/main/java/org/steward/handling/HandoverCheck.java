package org.steward.handling;

import static org.steward.handling.HandlingManagement.MAX_ITEMS;
import static org.steward.handling.HandlingManagement.MAX_ITEM_TASK;
import static org.steward.handling.HandlingManagement.MAX_TIME_LIMIT;
import static org.steward.handling.HandlingManagement.MIN_TIME_LIMIT;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.steward.directory.Department;
import org.steward.shared.InvalidInput;
import org.steward.shared.Violations;

/**
 * What a handover may name: known departments, the lead not again among the cooperating ones, none twice, and time
 * limits within {@link HandlingManagement#MIN_TIME_LIMIT} and {@link HandlingManagement#MAX_TIME_LIMIT} working days.
 */
final class HandoverCheck {

  private HandoverCheck() {
  }

  /**
   * The departments of a handover, the lead first, then the cooperating ones in the given order.
   *
   * @throws InvalidInput naming {@code leadDepartment}, {@code cooperatingDepartments[i]} or {@code timeLimit}
   */
  static Map<String, Department> departments(List<Department> known, String leadDepartment,
      List<String> cooperatingDepartments, int timeLimitWorkingDays) {
    Violations violations = new Violations();
    Map<String, Department> byCode = known.stream().collect(Collectors.toMap(Department::code, Function.identity()));
    Map<String, Department> chosen = new LinkedHashMap<>();
    if (leadDepartment == null || leadDepartment.isBlank()) {
      violations.add("leadDepartment", "NotBlank");
    } else if (!byCode.containsKey(leadDepartment)) {
      violations.add("leadDepartment", "handling.department.unknown", leadDepartment);
    } else {
      chosen.put(leadDepartment, byCode.get(leadDepartment));
    }
    List<String> cooperating = cooperatingDepartments == null ? List.of() : cooperatingDepartments;
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < cooperating.size(); i++) {
      String code = cooperating.get(i);
      String field = "cooperatingDepartments[" + i + "]";
      if (code == null || code.isBlank()) {
        violations.add(field, "NotBlank");
      } else if (!byCode.containsKey(code)) {
        violations.add(field, "handling.department.unknown", code);
      } else if (code.equals(leadDepartment)) {
        violations.add(field, "handling.department.lead-also-cooperating", code);
      } else if (!seen.add(code)) {
        violations.add(field, "handling.department.duplicate", code);
      } else {
        chosen.put(code, byCode.get(code));
      }
    }
    checkTimeLimit(violations, "timeLimit", timeLimitWorkingDays);
    violations.throwIfAny();
    return chosen;
  }

  /**
   * The tasks of a joint meeting's handover items, cleaned, in the items' order.
   *
   * @throws InvalidInput naming {@code caseNumber}, {@code items} (none or more than
   *     {@link HandlingManagement#MAX_ITEMS}), {@code items[i].department}, {@code items[i].task} or
   *     {@code items[i].timeLimit}
   */
  static List<String> items(Set<String> departmentCodes, String caseNumber, List<HandoverItem> items) {
    Violations violations = new Violations();
    if (caseNumber == null || caseNumber.isBlank()) {
      violations.add("caseNumber", "NotBlank");
    }
    List<HandoverItem> given = items == null ? List.of() : items;
    if (given.isEmpty() || given.size() > MAX_ITEMS) {
      violations.add("items", "handling.items.count", 1, MAX_ITEMS);
    }
    List<String> tasks = new ArrayList<>();
    for (int i = 0; i < given.size(); i++) {
      HandoverItem item = given.get(i);
      String field = "items[" + i + "]";
      if (item == null) {
        violations.add(field, "NotBlank");
        tasks.add(null);
        continue;
      }
      if (item.department() == null || item.department().isBlank()) {
        violations.add(field + ".department", "NotBlank");
      } else if (!departmentCodes.contains(item.department())) {
        violations.add(field + ".department", "handling.department.unknown", item.department());
      }
      tasks.add(violations.line(field + ".task", item.task(), MAX_ITEM_TASK));
      checkTimeLimit(violations, field + ".timeLimit", item.timeLimit());
    }
    violations.throwIfAny();
    return tasks;
  }

  private static void checkTimeLimit(Violations violations, String field, int workingDays) {
    if (workingDays < MIN_TIME_LIMIT || workingDays > MAX_TIME_LIMIT) {
      violations.add(field, "handling.time-limit.range", MIN_TIME_LIMIT, MAX_TIME_LIMIT);
    }
  }
}
