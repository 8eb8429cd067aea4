package org.steward.directory;

import java.util.Set;

/**
 * A person's name as the identity service keeps it, in Camunda's first and last name. A Chinese name is split into
 * family name (姓) first, which the webapps show first and label 姓, and given name (名) last; another name is split at
 * its last space. Both parts are then filled, which Admin requires to save a profile.
 */
public record PersonName(String first, String last) {

  /** Two-character family names (复姓) still in use; every other Chinese name has a one-character family name. */
  private static final Set<String> COMPOUND = Set.of("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙",
      "慕容", "长孙", "宇文", "司徒", "夏侯", "令狐", "端木", "独孤", "南宫", "西门", "呼延", "轩辕");

  /** Splits a name as people write it ("张伟", "欧阳娜娜", "Anna Li"). */
  public static PersonName of(String name) {
    String whole = name == null ? "" : name.strip();
    if (chinese(whole) && whole.codePointCount(0, whole.length()) >= 2) {
      int family = whole.length() > 2 && COMPOUND.contains(whole.substring(0, 2)) ? 2 : whole.offsetByCodePoints(0, 1);
      return new PersonName(whole.substring(0, family), whole.substring(family));
    }
    int space = whole.lastIndexOf(' ');
    return space < 0 ? new PersonName(whole, "") : new PersonName(whole.substring(0, space).strip(),
        whole.substring(space + 1));
  }

  /** The name as people write it: Chinese parts without a space between them, others with one. */
  public static String join(String first, String last) {
    String family = first == null ? "" : first.strip();
    String given = last == null ? "" : last.strip();
    if (family.isEmpty() || given.isEmpty()) {
      return family + given;
    }
    return chinese(family) && chinese(given) ? family + given : family + " " + given;
  }

  private static boolean chinese(String text) {
    return !text.isEmpty()
        && text.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }
}
