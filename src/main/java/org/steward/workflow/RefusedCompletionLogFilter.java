package org.steward.workflow;

import java.util.stream.Collectors;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.steward.shared.InvalidInput;

/**
 * A task completion Steward refused (a user's form mistake, {@link TaskCompletionRefused}, or bad input a step of the
 * completion found, {@link InvalidInput}) is one WARN sentence, not the engine's ERROR with the whole stack: the engine
 * logs every exception that ends a command, the refusal included.
 * Installed by {@code logback-spring.xml}; every other log line passes untouched.
 */
public class RefusedCompletionLogFilter extends TurboFilter {

  /** The engine's logger for exceptions that end a command (ENGINE-16004). */
  static final String ENGINE_CONTEXT = "org.camunda.bpm.engine.context";

  private static final org.slf4j.Logger log = LoggerFactory.getLogger(TaskCompletionRefused.class);

  @Override
  public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
    if (level != Level.ERROR || !ENGINE_CONTEXT.equals(logger.getName())) {
      return FilterReply.NEUTRAL;
    }
    Throwable refused = refusal(t != null ? t : lastThrowable(params));
    if (refused instanceof TaskCompletionRefused completion) {
      log.warn("Task completion refused, nothing changed: {}", completion.getMessage());
    } else if (refused instanceof InvalidInput invalid) {
      log.warn("Bad input refused, nothing changed: {}", invalid.violations().stream()
          .map(v -> v.field() + " " + v.code()).collect(Collectors.joining(", ")));
    } else {
      return FilterReply.NEUTRAL;
    }
    return FilterReply.DENY;
  }

  private static Throwable lastThrowable(Object[] params) {
    return params != null && params.length > 0 && params[params.length - 1] instanceof Throwable thrown ? thrown : null;
  }

  private static Throwable refusal(Throwable thrown) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof TaskCompletionRefused || cause instanceof InvalidInput) {
        return cause;
      }
    }
    return null;
  }
}
