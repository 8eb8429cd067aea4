package org.steward.workflow;

import java.util.List;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.steward.shared.InvalidInput;

/**
 * Reads a step's variables by kind. A variable of another kind than the step expects (written over engine-rest, say)
 * is refused as bad input naming it ({@code typeMismatch}), never a {@link ClassCastException}; a missing one reads
 * as null.
 */
public final class ProcessValues {

  /** The transient variable naming who completed the user task just left ({@link TaskCompleterPlugin}). */
  public static final String COMPLETED_BY = "completedBy";

  private ProcessValues() {
  }

  /** A text variable, or null. */
  public static String text(VariableScope scope, String name) {
    return as(scope, name, String.class);
  }

  /** A yes/no variable, or null. */
  public static Boolean flag(VariableScope scope, String name) {
    return as(scope, name, Boolean.class);
  }

  /** A whole-number variable (stored as Integer, Long or Short), or null. */
  public static Long number(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value == null) {
      return null;
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      return ((Number) value).longValue();
    }
    throw new InvalidInput(name, "typeMismatch");
  }

  /** A list of texts (a multi-choice field), or null; an element of another kind is refused too. */
  public static List<String> texts(VariableScope scope, String name) {
    List<?> list = as(scope, name, List.class);
    if (list == null) {
      return null;
    }
    for (Object element : list) {
      if (!(element instanceof String)) {
        throw new InvalidInput(name, "typeMismatch");
      }
    }
    return list.stream().map(String.class::cast).toList();
  }

  /** Who completed the user task the process just left ({@link #COMPLETED_BY}). */
  public static String completer(VariableScope scope) {
    return text(scope, COMPLETED_BY);
  }

  private static <T> T as(VariableScope scope, String name, Class<T> kind) {
    Object value = scope.getVariable(name);
    if (value == null) {
      return null;
    }
    if (!kind.isInstance(value)) {
      throw new InvalidInput(name, "typeMismatch");
    }
    return kind.cast(value);
  }
}
