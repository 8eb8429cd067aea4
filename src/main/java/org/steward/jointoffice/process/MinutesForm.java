package org.steward.jointoffice.process;

import static org.steward.jointoffice.process.JointMeetingProcess.*;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.steward.handling.HandlingManagement;
import org.steward.jointoffice.JointMeetings.ItemInput;
import org.steward.shared.Violations;

/**
 * Reads the handover items of the 记录会议纪要 form: up to {@link HandlingManagement#MAX_ITEMS} rows of department, task
 * and working days ({@link JointMeetingProcess#handoverItem}); a row shows once the one before it names a department.
 * Rows count up to the last one holding anything; an empty row before it stands as an item with nothing, which the
 * office refuses by its number. (Not a form-js dynamic list: Tasklist 7.24 keeps 完成 disabled once one is edited.)
 */
final class MinutesForm {

  private MinutesForm() {
  }

  static List<ItemInput> items(VariableScope scope) {
    List<ItemInput> rows = new ArrayList<>();
    int filled = 0;
    for (int row = 1; row <= HandlingManagement.MAX_ITEMS; row++) {
      ItemInput item = new ItemInput(text(scope.getVariable(handoverItem(row, ITEM_DEPARTMENT))),
          text(scope.getVariable(handoverItem(row, ITEM_TASK))),
          Violations.wholeOrNull(scope.getVariable(handoverItem(row, ITEM_TIME_LIMIT))));
      rows.add(item);
      if (item.department() != null || item.task() != null || item.timeLimit() != null) {
        filled = row;
      }
    }
    return List.copyOf(rows.subList(0, filled));
  }

  private static String text(Object value) {
    return value instanceof String text && !text.isBlank() ? text : null;
  }
}
