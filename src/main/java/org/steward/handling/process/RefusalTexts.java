package org.steward.handling.process;

import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.steward.shared.InvalidInput;

/** Turns broken rules into the Chinese sentence Tasklist shows, e.g. "任务未完成：理由：不能为空". */
@Component
class RefusalTexts {

  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

  private final MessageSource messages;

  RefusalTexts(MessageSource messages) {
    this.messages = messages;
  }

  TaskCompletionRefused refusal(InvalidInput invalid) {
    String reasons = invalid.violations().stream()
        .map(v -> messages.getMessage("handling.field." + v.field(), null, v.field(), ZH) + "："
            + messages.getMessage(new DefaultMessageSourceResolvable(new String[] {v.code()}, v.args(), v.code()), ZH))
        .collect(Collectors.joining("；"));
    return new TaskCompletionRefused(messages.getMessage("handling.task.refused", new Object[] {reasons},
        "任务未完成：" + reasons, ZH));
  }
}
