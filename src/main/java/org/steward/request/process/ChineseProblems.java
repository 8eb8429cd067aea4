package org.steward.request.process;

import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.steward.shared.InvalidInput;

/** Turns broken rules into one Chinese sentence for Tasklist: "字段：说明；字段：说明". */
@Component
class ChineseProblems {

  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

  private final MessageSource messages;

  ChineseProblems(MessageSource messages) {
    this.messages = messages;
  }

  TaskCompletionRefused refusal(InvalidInput problem) {
    return new TaskCompletionRefused(problem.violations().stream()
        .map(v -> label(v.field()) + "：" + messages.getMessage(
            new DefaultMessageSourceResolvable(new String[] {v.code()}, v.args(), v.code()), ZH))
        .collect(Collectors.joining("；")));
  }

  /** {@code cooperatingDepartments[1]} reads as the label of {@code cooperatingDepartments} plus the position. */
  private String label(String field) {
    int bracket = field.indexOf('[');
    String base = bracket < 0 ? field : field.substring(0, bracket);
    String label = messages.getMessage("request.field." + base, null, base, ZH);
    return bracket < 0 ? label : label + field.substring(bracket);
  }
}
