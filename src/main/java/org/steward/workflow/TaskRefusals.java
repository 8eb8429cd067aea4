package org.steward.workflow;

import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.steward.shared.InvalidInput;

/**
 * Turns broken rules found while completing a task into the one Chinese sentence Tasklist shows:
 * "任务未完成：字段：说明；字段：说明". Field labels come from {@code <labels>.<field>} in the capability's bundle;
 * {@code cooperatingDepartments[1]} reads as the label of {@code cooperatingDepartments} plus the position (第2项).
 */
@Component
@RequiredArgsConstructor
public class TaskRefusals {

  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

  private final MessageSource messages;

  /**
   * Runs a check of a task's values; what it refuses becomes the task's Chinese refusal, fields labelled from message
   * keys {@code <labels>.<field>}, and the task stays.
   */
  public void check(String labels, Runnable check) {
    try {
      check.run();
    } catch (InvalidInput invalid) {
      throw refusal(invalid, labels);
    }
  }

  /** The refusal for {@code invalid}, labelling fields from message keys {@code <labels>.<field>}. */
  public TaskCompletionRefused refusal(InvalidInput invalid, String labels) {
    return refusal(invalid, field -> messages.getMessage(labels + "." + field, null, field, ZH));
  }

  /**
   * The refusal for {@code invalid}, labelling each field with {@code labelOf} (e.g. the form's own labels), which is
   * asked for a field's name without its position.
   */
  public TaskCompletionRefused refusal(InvalidInput invalid, UnaryOperator<String> labelOf) {
    return new TaskCompletionRefused(sentence(invalid, labelOf), invalid.violations());
  }

  private String sentence(InvalidInput invalid, UnaryOperator<String> labelOf) {
    String reasons = invalid.violations().stream()
        .map(v -> label(v.field(), labelOf) + "：" + messages.getMessage(
            new DefaultMessageSourceResolvable(new String[] {v.code()}, v.args(), v.code()), ZH))
        .collect(Collectors.joining("；"));
    return messages.getMessage("task.refused", new Object[] {reasons}, ZH);
  }

  private static String label(String field, UnaryOperator<String> labelOf) {
    int bracket = field.indexOf('[');
    String base = bracket < 0 ? field : field.substring(0, bracket);
    String label = labelOf.apply(base);
    if (bracket < 0) {
      return label;
    }
    String index = field.substring(bracket + 1, field.indexOf(']', bracket));
    return index.chars().allMatch(Character::isDigit) && !index.isEmpty()
        ? label + "（第" + (Integer.parseInt(index) + 1) + "项）" : label;
  }
}
