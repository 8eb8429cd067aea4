package org.steward.supervision;

import static org.steward.supervision.SupervisionOrders.MAX_REVIEW_NOTE;

import org.steward.shared.InvalidInput;
import org.steward.shared.Violations;

/**
 * The issuer's verdict on an answer (审核督办反馈): {@code ACCEPTED} closes the order, with an optional note;
 * {@code REJECTED} sends it back and needs the note that tells the target what is missing.
 */
record OrderReview(boolean accepted, String note) {

  /**
   * The verdict of a review form's result and note.
   *
   * @throws InvalidInput naming {@code reviewResult} (missing or neither ACCEPTED nor REJECTED) or {@code reviewNote}
   *     (longer than {@link SupervisionOrders#MAX_REVIEW_NOTE}, or missing on a rejection)
   */
  static OrderReview of(String result, String note) {
    Violations violations = new Violations();
    boolean accepted = "ACCEPTED".equals(result);
    if (result == null || result.isBlank()) {
      violations.add("reviewResult", "NotBlank");
    } else if (!accepted && !"REJECTED".equals(result)) {
      violations.add("reviewResult", "supervision.review.unknown");
    }
    String text = accepted || violations.has("reviewResult")
        ? violations.optionalText("reviewNote", note, MAX_REVIEW_NOTE)
        : violations.text("reviewNote", note, MAX_REVIEW_NOTE);
    violations.throwIfAny();
    return new OrderReview(accepted, text);
  }
}
