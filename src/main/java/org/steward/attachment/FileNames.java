package org.steward.attachment;

import java.util.Optional;

import org.steward.shared.TextRules;
import org.steward.shared.Texts;

/**
 * The name a file keeps: the sender's, Chinese intact, without its path and without format characters (a right-to-left
 * override can disguise an extension), at most 200 characters. A name the text rule refuses (NUL and other control
 * characters, lone surrogates) refuses the file.
 */
final class FileNames {

  static final int MAX_LENGTH = 200;

  private FileNames() {
  }

  /** The cleaned name, or empty when nothing is left of it; refused when it holds a forbidden character. */
  static Optional<String> clean(String original) {
    if (original == null) {
      return Optional.empty();
    }
    if (!TextRules.clean(original) || original.codePoints().anyMatch(c -> c == '\n' || c == '\r' || c == '\t')) {
      StringBuilder shown = new StringBuilder();
      original.codePoints().map(c -> TextRules.clean(Character.toString(c)) && c >= ' ' ? c : '\uFFFD')
          .forEach(shown::appendCodePoint);
      throw new AttachmentRefused("attachment-name-refused", Texts.shorten(shown.toString(), MAX_LENGTH));
    }
    String name = original;
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    name = name.substring(slash + 1);
    StringBuilder kept = new StringBuilder();
    name.codePoints().filter(c -> Character.getType(c) != Character.FORMAT
            && Character.getType(c) != Character.UNASSIGNED).forEach(kept::appendCodePoint);
    name = kept.toString().strip();
    if (name.isEmpty() || name.equals(".") || name.equals("..")) {
      return Optional.empty();
    }
    return Optional.of(Texts.shorten(name, MAX_LENGTH));
  }
}
