package org.steward.request;

import java.util.regex.Pattern;

/**
 * A request as submitted. Codes are plain strings so that a wrong one is reported like any other bad field:
 * {@code category} one of {@link Category}'s codes, {@code urgency} {@link Urgency}, {@code channel} {@link Channel}.
 */
public record NewRequest(Long enterpriseId, String category, String title, String description, String contactName,
    String contactPhone, String urgency, String channel) {

  /** The most characters of a title (single line). */
  public static final int MAX_TITLE = 100;
  /** The most characters of a description (multi-line): kept whole in Steward's table, its first 4,000 in the case. */
  public static final int MAX_DESCRIPTION = 5000;
  /** The most characters of a contact's name (single line). */
  public static final int MAX_CONTACT_NAME = 100;
  /** The most characters of a contact phone. */
  public static final int MAX_CONTACT_PHONE = 32;

  /** What a contact phone may hold: digits, +, -, parentheses and spaces, 5 to 32 of them. */
  public static final Pattern PHONE = Pattern.compile("[0-9+\\-() ]{5,32}");
}
