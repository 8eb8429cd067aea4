package org.steward.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTests {

  @ParameterizedTest
  @ValueSource(strings = {"Huangpu-2025-river", "qiao!ZHEN7ang", "sEcure_enough_1", "长江Yangtze2025"})
  void longMixedPassword_isStrong(String password) {
    assertThat(PasswordPolicy.weakness("admin", password)).isEmpty();
    assertThat(PasswordPolicy.isStrong("admin", password)).isTrue();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   "})
  void missingPassword_isRefusedAsMissing(String password) {
    assertThat(PasswordPolicy.weakness("admin", password)).contains("security.password.missing");
  }

  @ParameterizedTest
  @CsvSource({
      "demo, security.password.too-short",
      "Ab1!Ab1!Ab1, security.password.too-short",
      "alllowercaseletters, security.password.too-simple",
      "lowercase123456, security.password.too-simple",
      "Password123!, security.password.too-common",
      "QWERTY123456!, security.password.too-common",
      "Zhang.San.2025, security.password.equals-user-id"})
  void weakPassword_namesTheReason(String password, String reason) {
    assertThat(PasswordPolicy.weakness("zhang.san.2025", password)).contains(reason);
  }

  @ParameterizedTest
  @ValueSource(strings = {"abcdefghij1L", "ABCDEFGHIJ1!", "abcdefghij1!"})
  void twelveCharactersOfThreeClasses_isJustEnough(String password) {
    assertThat(PasswordPolicy.isStrong("admin", password)).isTrue();
  }
}
