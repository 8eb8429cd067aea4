package org.steward.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeTests {

  // 91 + 440112 + MA59K1A0X (organisation code): weighted sum 2272, 2272 mod 31 = 9, 31 - 9 = 22, value 22 is N.
  private static final String VALID = "91440112MA59K1A0XN";

  @Test
  void validCode_parses() {
    assertThat(CreditCode.isValid(VALID)).isTrue();
    assertThat(CreditCode.parse(VALID).value()).isEqualTo(VALID);
    assertThat(CreditCode.defectOf(VALID)).isEmpty();
  }

  @Test
  void checkCharacter_isComputedFromTheFirst17() {
    assertThat(CreditCode.checkCharacter("91440112MA59K1A0X")).isEqualTo('N');
    assertThat(CreditCode.withCheckCharacter("91440106MA59K3C24").value()).isEqualTo("91440106MA59K3C24F");
  }

  @Test
  void sumDivisibleBy31_givesCheckCharacterZero() {
    // 4·1 + 3·9 = 31: the remainder is 0, and 31 - 0 = 31 stands for 0, not for a 32nd character.
    assertThat(CreditCode.checkCharacter("40300000000000000")).isEqualTo('0');
    assertThat(CreditCode.isValid("403000000000000000")).isTrue();
  }

  @Test
  void wrongCheckCharacter_isRejected() {
    assertThat(CreditCode.isValid("91440112MA59K1A0XM")).isFalse();
    assertThat(CreditCode.defectOf("91440112MA59K1A0XM")).contains(CreditCode.Defect.CHECK_CHARACTER);
    assertThatIllegalArgumentException().isThrownBy(() -> CreditCode.parse("91440112MA59K1A0XM"));
  }

  @Test
  void lowerCase_isRejectedAsCharacter() {
    assertThat(CreditCode.defectOf("91440112ma59k1a0xn")).contains(CreditCode.Defect.CHARACTER);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "91440112MA59K1A0X", "91440112MA59K1A0XN0"})
  void wrongLength_isRejected(String text) {
    assertThat(CreditCode.defectOf(text)).contains(CreditCode.Defect.LENGTH);
  }

  @Test
  void missingCode_isRejectedAsLength() {
    assertThat(CreditCode.defectOf(null)).contains(CreditCode.Defect.LENGTH);
  }

  @ParameterizedTest
  @ValueSource(strings = {"I", "O", "Z", "S", "V", "-", "国"})
  void forbiddenCharacter_isRejected(String forbidden) {
    String text = "91440112" + forbidden + "A59K1A0XN";
    assertThat(text).hasSize(18);
    assertThat(CreditCode.defectOf(text)).contains(CreditCode.Defect.CHARACTER);
  }

  @Test
  void demoStyleCodes_areValid() {
    assertThat(CreditCode.isValid("91440112MA59K2B17G")).isTrue();
    assertThat(CreditCode.isValid("91440115MA59K9J844")).isTrue();
  }
}
