package org.steward.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.steward.shared.InvalidInput.FieldViolation;

class ViolationsTests {

  private final Violations violations = new Violations();

  @Test
  void textWithinTheLimit_isAnsweredStripped_andBreaksNoRule() {
    String text = violations.text("description", "  第一行\n\t第二行\r\n  ", 100);

    assertThat(text).isEqualTo("第一行\n\t第二行");
    assertThat(codes()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"标题\u0000", "\u0000", "a\u0007b", "a\u001Bb", "a\u007Fb", "a\u0085b", "a\u009Fb", "a\uFFFEb",
      "a\uFFFFb", "a\uFDD0b", "a\uD800b", "a\uDC00b", "a\uD83D"})
  void controlOrInvalidCharacter_isRefused_inTextsAndLines(String value) {
    assertThat(violations.text("description", value, 100)).isNull();
    assertThat(violations.line("title", value, 100)).isNull();

    assertThat(codes()).containsExactly("ControlCharacter", "ControlCharacter");
  }

  @ParameterizedTest
  @ValueSource(strings = {"上\n下", "上\r下", "左\t右", "上\u2028下"})
  void lineBreakOrTab_isAllowedInATextButNotInALine(String value) {
    assertThat(violations.text("description", value, 100)).isEqualTo(value);
    assertThat(violations.line("title", value, 100)).isNull();

    assertThat(codes()).containsExactly("SingleLine");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u200B", "\u200B\u200C\u200D", "\u2060\uFEFF", "\u200B \u3000\u200B", "\u00AD", "\u3164",
      "\u0301", "\u200E\u200F", "\uFE0F", "\u2800"})
  void onlyInvisibleCharacters_areRefused_evenInOptionalTexts(String value) {
    assertThat(violations.line("title", value, 100)).isNull();
    assertThat(violations.optionalText("comment", value, 100)).isNull();

    assertThat(codes()).containsExactly("NoVisibleCharacter", "NoVisibleCharacter");
  }

  @Test
  void zeroWidthCharactersBesideVisibleOnes_areKept() {
    assertThat(violations.line("title", "企\u200D业", 100)).isEqualTo("企\u200D业");
    assertThat(codes()).isEmpty();
  }

  @Test
  void length_countsCharacters_notUtf16Units() {
    String sixtyOutsideTheBmp = "𠀀".repeat(60);
    assertThat(sixtyOutsideTheBmp).hasSize(120);

    assertThat(violations.line("title", sixtyOutsideTheBmp, 100)).isEqualTo(sixtyOutsideTheBmp);
    assertThat(violations.line("title", "𠀀".repeat(101), 100)).isNull();

    assertThat(codes()).containsExactly("TooLong");
  }

  @Test
  void blankRequiredText_isNotBlank_blankOptionalTextIsAbsent() {
    assertThat(violations.text("description", " \n ", 100)).isNull();
    assertThat(violations.line("title", null, 100)).isNull();
    assertThat(violations.optionalLine("phone", "   ", 32)).isNull();

    assertThat(codes()).containsExactly("NotBlank", "NotBlank");
  }

  @Test
  void wholeNumbers_givenAsNumbersOrDigits_areAnswered() {
    assertThat(violations.whole("timeLimit", 5, 1, 60, "range")).isEqualTo(5);
    assertThat(violations.whole("timeLimit", 5L, 1, 60, "range")).isEqualTo(5);
    assertThat(violations.whole("timeLimit", 5.0, 1, 60, "range")).isEqualTo(5);
    assertThat(violations.whole("timeLimit", new BigDecimal("5.00"), 1, 60, "range")).isEqualTo(5);
    assertThat(violations.whole("timeLimit", " 5 ", 1, 60, "range")).isEqualTo(5);
    assertThat(codes()).isEmpty();
  }

  @Test
  void fractions_areRefused_notCut() {
    assertThat(violations.whole("timeLimit", 2.5, 1, 60, "range")).isNull();
    assertThat(violations.whole("timeLimit", 1.5f, 1, 60, "range")).isNull();
    assertThat(violations.whole("timeLimit", "1.7", 1, 60, "range")).isNull();
    assertThat(violations.whole("timeLimit", new BigDecimal("1.000001"), 1, 60, "range")).isNull();

    assertThat(codes()).containsExactly("NotWhole", "NotWhole", "NotWhole", "NotWhole");
  }

  @Test
  void hugeNumbers_areOutOfRange_neverWrappedAround() {
    assertThat(violations.whole("timeLimit", 4_294_967_297L, 1, 60, "range")).isNull();
    assertThat(violations.whole("timeLimit", new BigInteger("1" + "0".repeat(40)), 1, 60, "range")).isNull();
    assertThat(violations.whole("timeLimit", 1e300, 1, 60, "range")).isNull();
    assertThat(violations.whole("timeLimit", "-3", 1, 60, "range")).isNull();

    assertThat(codes()).containsExactly("range", "range", "range", "range");
  }

  @Test
  void otherTypes_areTypeMismatches_andAbsenceIsNotNull() {
    assertThat(violations.whole("timeLimit", true, 1, 60, "range")).isNull();
    assertThat(violations.whole("timeLimit", "五", 1, 60, "range")).isNull();
    assertThat(violations.whole("timeLimit", Double.NaN, 1, 60, "range")).isNull();
    assertThat(violations.whole("timeLimit", Double.POSITIVE_INFINITY, 1, 60, "range")).isNull();
    assertThat(violations.whole("timeLimit", List.of(5), 1, 60, "range")).isNull();
    assertThat(violations.whole("timeLimit", null, 1, 60, "range")).isNull();
    assertThat(violations.whole("timeLimit", "", 1, 60, "range")).isNull();

    assertThat(codes()).containsExactly("typeMismatch", "typeMismatch", "typeMismatch", "typeMismatch",
        "typeMismatch", "NotNull", "NotNull");
  }

  @Test
  void wholeOrNull_answersOnlyWholeIntegers() {
    assertThat(Violations.wholeOrNull(7L)).isEqualTo(7);
    assertThat(Violations.wholeOrNull(7.0)).isEqualTo(7);
    assertThat(Violations.wholeOrNull(7.5)).isNull();
    assertThat(Violations.wholeOrNull(4_294_967_297L)).isNull();
    assertThat(Violations.wholeOrNull(null)).isNull();
  }

  @Test
  void throwIfAny_throwsEveryViolationAtOnce() {
    violations.line("title", "\u0000", 100);
    violations.whole("timeLimit", 1.5, 1, 30, "range");

    assertThatThrownBy(violations::throwIfAny).isInstanceOfSatisfying(InvalidInput.class, e ->
        assertThat(e.violations()).extracting(FieldViolation::field).containsExactly("title", "timeLimit"));
  }

  private List<String> codes() {
    try {
      violations.throwIfAny();
      return List.of();
    } catch (InvalidInput e) {
      return e.violations().stream().map(FieldViolation::code).toList();
    }
  }
}
