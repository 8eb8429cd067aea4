package org.steward.shared;

/** Texts users read in short places (a timeline line, a notification). */
public final class Texts {

  private Texts() {
  }

  /**
   * {@code text} cut to at most {@code max} characters (code points: a pair of surrogates is never split), ending in
   * "…" when cut; null stays null.
   */
  public static String shorten(String text, int max) {
    if (text == null || text.codePointCount(0, text.length()) <= max) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
  }
}
