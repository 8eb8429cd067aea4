package org.steward.directory;

import java.util.Optional;

/**
 * A unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from {@code 0-9} and {@code A-Z}
 * without I, O, Z, S, V, the last one a check character over the first 17.
 */
public record CreditCode(String value) {

  /** The 31 characters of the code in the order of their numeric values 0..30. */
  static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
  private static final int LENGTH = 18;

  /** Why a text is not a credit code; each reason has its own message {@code directory.creditCode.<reason>}. */
  public enum Defect {
    /** Not exactly 18 characters. */
    LENGTH,
    /** A character outside 0-9 and the upper-case letters allowed (lower case included). */
    CHARACTER,
    /** The 18th character does not match the first 17. */
    CHECK_CHARACTER;

    /** The message code of this defect. */
    public String messageCode() {
      return switch (this) {
        case LENGTH -> "directory.creditCode.length";
        case CHARACTER -> "directory.creditCode.character";
        case CHECK_CHARACTER -> "directory.creditCode.checkCharacter";
      };
    }
  }

  public CreditCode {
    Optional<Defect> defect = defectOf(value);
    if (defect.isPresent()) {
      throw new IllegalArgumentException("not a unified social credit code (" + defect.get() + "): " + value);
    }
  }

  /** The code in {@code text}, which must be exactly the canonical upper-case form. */
  public static CreditCode parse(String text) {
    return new CreditCode(text);
  }

  public static boolean isValid(String text) {
    return defectOf(text).isEmpty();
  }

  /** What is wrong with {@code text} as a credit code, or empty when it is one. */
  public static Optional<Defect> defectOf(String text) {
    if (text == null || text.length() != LENGTH) {
      return Optional.of(Defect.LENGTH);
    }
    for (int i = 0; i < LENGTH; i++) {
      if (CHARACTERS.indexOf(text.charAt(i)) < 0) {
        return Optional.of(Defect.CHARACTER);
      }
    }
    if (checkCharacter(text.substring(0, LENGTH - 1)) != text.charAt(LENGTH - 1)) {
      return Optional.of(Defect.CHECK_CHARACTER);
    }
    return Optional.empty();
  }

  /** The complete code for its first 17 characters, for generating codes (demo data, tests). */
  public static CreditCode withCheckCharacter(String first17) {
    return new CreditCode(first17 + checkCharacter(first17));
  }

  /** C18 = 31 − (Σ Ci·Wi mod 31), where 31 stands for 0. */
  static char checkCharacter(String first17) {
    if (first17 == null || first17.length() != LENGTH - 1) {
      throw new IllegalArgumentException("need the first 17 characters: " + first17);
    }
    int sum = 0;
    for (int i = 0; i < LENGTH - 1; i++) {
      int value = CHARACTERS.indexOf(first17.charAt(i));
      if (value < 0) {
        throw new IllegalArgumentException("not a credit code character: " + first17.charAt(i));
      }
      sum += value * WEIGHTS[i];
    }
    return CHARACTERS.charAt((31 - sum % 31) % 31);
  }

  @Override
  public String toString() {
    return value;
  }
}
