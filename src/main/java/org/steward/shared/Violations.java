package org.steward.shared;

import java.util.ArrayList;
import java.util.List;

import org.steward.shared.InvalidInput.FieldViolation;

/** Collects every broken rule of one call so that the caller learns about all of them at once. */
public final class Violations {

  private final List<FieldViolation> found = new ArrayList<>();

  public void add(String field, String code, Object... args) {
    found.add(new FieldViolation(field, code, args));
  }

  public boolean has(String field) {
    return found.stream().anyMatch(v -> v.field().equals(field));
  }

  /** A required text: not blank and at most {@code max} characters; answers it stripped, or null when broken. */
  public String text(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      add(field, "NotBlank");
      return null;
    }
    return optionalText(field, value, max);
  }

  /** An optional text: at most {@code max} characters; blank counts as absent. */
  public String optionalText(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String stripped = value.strip();
    if (stripped.length() > max) {
      add(field, "TooLong", max);
      return null;
    }
    return stripped;
  }

  public void throwIfAny() {
    if (!found.isEmpty()) {
      throw new InvalidInput(found);
    }
  }
}
