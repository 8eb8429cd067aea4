package org.steward.project;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.steward.shared.Violations;

/** Reads a choice among an enum's constants (a milestone, a state) from what a caller sent. */
final class Choices {

  private Choices() {
  }

  /** The constant named {@code value} (stripped); null, with a violation of {@code field} naming them all, if none. */
  static <E extends Enum<E>> E of(Violations violations, String field, Class<E> type, String value) {
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(value.strip())) {
        return constant;
      }
    }
    violations.add(field, "project.code.unknown", Arrays.stream(type.getEnumConstants()).map(Enum::name)
        .collect(Collectors.joining(", ")));
    return null;
  }
}
