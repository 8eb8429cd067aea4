package org.steward.attachment;

import java.util.Optional;

import org.steward.shared.Texts;

/** The name a file keeps: the sender's, Chinese intact, with no path or control characters, at most 200 characters. */
final class FileNames {

  static final int MAX_LENGTH = 200;

  private FileNames() {
  }

  /** The cleaned name, or empty when nothing is left of it. */
  static Optional<String> clean(String original) {
    if (original == null) {
      return Optional.empty();
    }
    String name = original;
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    name = name.substring(slash + 1);
    StringBuilder kept = new StringBuilder();
    name.codePoints().filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT
            && Character.getType(c) != Character.SURROGATE && Character.getType(c) != Character.UNASSIGNED)
        .forEach(kept::appendCodePoint);
    name = kept.toString().strip();
    if (name.isEmpty() || name.equals(".") || name.equals("..")) {
      return Optional.empty();
    }
    return Optional.of(Texts.shorten(name, MAX_LENGTH));
  }
}
