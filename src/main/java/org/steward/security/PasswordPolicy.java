package org.steward.security;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What Steward accepts as a strong password: at least 12 characters, at least three of lower case, upper case, digits
 * and symbols, not the user id, and not one of the passwords every attacker tries first.
 */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 12;

  // the usual suspects that pass the length and mix rules; lower case, compared case-insensitively
  private static final Set<String> COMMON = Set.of(
      "password123!", "password1234", "passw0rd1234", "p@ssw0rd1234", "p@ssword1234", "qwerty123456", "qwerty123456!",
      "1q2w3e4r5t6y", "1qaz2wsx3edc", "administrator", "administrator1", "admin@123456", "admin1234567", "welcome12345",
      "welcome@1234", "changeme1234", "changeme123!", "camunda12345", "camunda@2024", "camunda@2025", "steward12345",
      "steward@2025", "abc123456789", "abcd@1234567", "iloveyou1234", "letmein12345", "woaini123456", "woaini@12345",
      "zhongguo1234");

  private PasswordPolicy() {
  }

  /** Why the password is not strong, as a message code ({@code security.password.*}); empty if it is strong. */
  public static Optional<String> weakness(String userId, String password) {
    if (password == null || password.isBlank()) {
      return Optional.of("security.password.missing");
    }
    if (password.length() < MIN_LENGTH) {
      return Optional.of("security.password.too-short");
    }
    if (characterClasses(password) < 3) {
      return Optional.of("security.password.too-simple");
    }
    if (userId != null && password.equalsIgnoreCase(userId)) {
      return Optional.of("security.password.equals-user-id");
    }
    if (COMMON.contains(password.toLowerCase(Locale.ROOT))) {
      return Optional.of("security.password.too-common");
    }
    return Optional.empty();
  }

  public static boolean isStrong(String userId, String password) {
    return weakness(userId, password).isEmpty();
  }

  private static int characterClasses(String password) {
    boolean lower = false;
    boolean upper = false;
    boolean digit = false;
    boolean symbol = false;
    for (int i = 0; i < password.length(); i++) {
      char c = password.charAt(i);
      if (Character.isLowerCase(c)) {
        lower = true;
      } else if (Character.isUpperCase(c)) {
        upper = true;
      } else if (Character.isDigit(c)) {
        digit = true;
      } else if (!Character.isWhitespace(c)) {
        symbol = true;
      }
    }
    return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0);
  }
}
