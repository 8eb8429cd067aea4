package org.steward.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.steward.shared.Violations;

/** The shapes the directory accepts: department codes, user ids, e-mail addresses and an enterprise's tags. */
final class DirectoryInput {

  /** The most tags one enterprise may carry. */
  static final int MAX_TAGS = 20;
  /** The most characters of a tag, a department's, a member's or an officer's name, an industry, an area. */
  static final int MAX_TAG = 50;
  static final int MAX_NAME = 100;
  static final int MAX_ENTERPRISE_NAME = 200;
  static final int MAX_INDUSTRY = 100;
  static final int MAX_AREA = 100;
  /** The most characters of an e-mail address (RFC 5321) and of a phone number. */
  static final int MAX_EMAIL = 254;
  static final int MAX_PHONE = 32;
  /** The most characters of one value of a target rule (a tag, an area, an industry). */
  static final int MAX_TARGET_VALUE = 100;
  /** The most characters of the reason for a new officer of an enterprise (multi-line). */
  static final int MAX_REASON = 500;

  private static final Pattern DEPARTMENT_CODE = Pattern.compile("[a-z][a-z0-9]{1,31}");
  // Camunda accepts only letters and digits in user ids (its default resource id pattern).
  private static final Pattern USER_ID = Pattern.compile("[a-zA-Z0-9]{2,64}");
  // deliberately loose: one @, no blanks, a dot in the domain; the mail server has the last word
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private DirectoryInput() {
  }

  /** A lower-case letter, then 1 to 31 lower-case letters or digits (the code is part of a group id). */
  static boolean isDepartmentCode(String code) {
    return code != null && DEPARTMENT_CODE.matcher(code).matches();
  }

  /** 2 to 64 letters or digits, as Camunda accepts them. */
  static boolean isUserId(String userId) {
    return userId != null && USER_ID.matcher(userId).matches();
  }

  /** One {@code @}, no blanks, a dot in the domain. */
  static boolean isEmail(String address) {
    return EMAIL.matcher(address).matches();
  }

  /**
   * An enterprise's tags, stripped, without repeats, in their order: at most {@link #MAX_TAGS}, each a line of at most
   * 50 characters; what breaks a rule is added to {@code violations} (field {@code tags} or {@code tags[i]}).
   */
  static List<String> tags(Violations violations, List<String> tags) {
    if (tags.size() > MAX_TAGS) {
      violations.add("tags", "directory.tags.tooMany", MAX_TAGS);
      return List.of();
    }
    List<String> clean = new ArrayList<>();
    for (int i = 0; i < tags.size(); i++) {
      String tag = violations.line("tags[" + i + "]", tags.get(i), MAX_TAG);
      if (tag != null && !clean.contains(tag)) {
        clean.add(tag);
      }
    }
    return clean;
  }
}
