package org.steward.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.steward.shared.InvalidInput;

/** The issuer's verdict on an answer ({@link OrderReview}): accepted with or without a note, rejected with one. */
class OrderReviewTests {

  @Test
  void accepted_mayCarryANote() {
    assertThat(OrderReview.of("ACCEPTED", null)).isEqualTo(new OrderReview(true, null));
    assertThat(OrderReview.of("ACCEPTED", " 很好 ")).isEqualTo(new OrderReview(true, "很好"));
  }

  @Test
  void rejected_needsTheNote() {
    assertThat(OrderReview.of("REJECTED", "请给出接电日期")).isEqualTo(new OrderReview(false, "请给出接电日期"));
    assertThat(fields("REJECTED", " ")).containsExactly("reviewNote:NotBlank");
  }

  @Test
  void aMissingOrUnknownResult_isNamed_withoutAskingForTheNote() {
    assertThat(fields(null, null)).containsExactly("reviewResult:NotBlank");
    assertThat(fields("MAYBE", null)).containsExactly("reviewResult:supervision.review.unknown");
    assertThat(fields("MAYBE", "长".repeat(SupervisionOrders.MAX_REVIEW_NOTE + 1)))
        .containsExactly("reviewResult:supervision.review.unknown", "reviewNote:TooLong");
  }

  private static List<String> fields(String result, String note) {
    return catchThrowableOfType(InvalidInput.class, () -> OrderReview.of(result, note))
        .violations().stream().map(v -> v.field() + ":" + v.code()).toList();
  }
}
