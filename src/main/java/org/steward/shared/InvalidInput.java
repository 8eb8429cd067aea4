package org.steward.shared;

import java.util.List;

import org.springframework.http.HttpStatus;

/** Input that breaks one or more rules; each violation names its field. Nothing was changed. */
public class InvalidInput extends StewardException {

  private final transient List<FieldViolation> violations;

  public InvalidInput(List<FieldViolation> violations) {
    super(HttpStatus.BAD_REQUEST, "invalid-input", violations.size());
    this.violations = List.copyOf(violations);
  }

  public InvalidInput(String field, String code, Object... args) {
    this(List.of(new FieldViolation(field, code, args)));
  }

  public List<FieldViolation> violations() {
    return violations;
  }

  /** One broken rule: the field (JSON name) and the message code with its arguments. */
  public record FieldViolation(String field, String code, Object... args) {
  }
}
