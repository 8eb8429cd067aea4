package org.steward.shared;

/**
 * The one text rule of everything a user sends (request bodies, query strings, portal forms, task completions, engine
 * variable writes, file names): which characters a text may hold and what counts as visible.
 */
public final class TextRules {

  private TextRules() {
  }

  /**
   * The message code of the first rule {@code text} breaks, or null: {@code ControlCharacter} (C0/C1 controls, DEL,
   * non-characters such as U+FFFE/U+FFFF, lone surrogates; line breaks and tabs too in a single line, where they are
   * {@code SingleLine}), then {@code NoVisibleCharacter} (only spaces, zero-width and other format characters).
   */
  public static String broken(String text, boolean multiLine) {
    boolean visible = false;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (lineBreakOrTab(c)) {
        if (!multiLine) {
          return "SingleLine";
        }
      } else if (forbidden(c)) {
        return "ControlCharacter";
      } else if (!visible && visible(c)) {
        visible = true;
      }
    }
    return visible ? null : "NoVisibleCharacter";
  }

  /** Whether {@code text} holds no forbidden character (line breaks and tabs allowed; it may be empty or blank). */
  public static boolean clean(String text) {
    return text.codePoints().noneMatch(c -> !lineBreakOrTab(c) && forbidden(c));
  }

  private static boolean lineBreakOrTab(int c) {
    return c == '\n' || c == '\r' || c == '\t' || c == 0x2028 || c == 0x2029;
  }

  private static boolean forbidden(int c) {
    int type = Character.getType(c);
    return type == Character.CONTROL || type == Character.SURROGATE
        || (c & 0xFFFE) == 0xFFFE || (c >= 0xFDD0 && c <= 0xFDEF);
  }

  private static boolean visible(int c) {
    if (Character.isWhitespace(c) || Character.isSpaceChar(c) || invisibleFiller(c)) {
      return false;
    }
    int type = Character.getType(c);
    return type != Character.FORMAT && type != Character.UNASSIGNED && type != Character.NON_SPACING_MARK
        && type != Character.ENCLOSING_MARK;
  }

  /** Letters and symbols that draw nothing: Hangul fillers, the braille blank, the Mongolian vowel separator… */
  private static boolean invisibleFiller(int c) {
    return c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0 || c == 0x2800 || c == 0x180E || c == 0x034F
        || (c >= 0x180B && c <= 0x180D) || (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF);
  }
}
