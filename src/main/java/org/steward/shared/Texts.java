package org.steward.shared;

/** Texts users read in short places (a timeline line, a notification). */
public final class Texts {

  private Texts() {
  }

  /** {@code text} cut to at most {@code max} characters, ending in "…" when cut; null stays null. */
  public static String shorten(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
