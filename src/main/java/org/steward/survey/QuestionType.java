package org.steward.survey;

/** What a survey question asks for, and so how its answer is typed and counted. */
public enum QuestionType {
  /** One of the offered options ({@code radio} or {@code select}); the answer is the option's value. */
  SINGLE_CHOICE,
  /** Any of the offered options ({@code checklist}); the answer is the list of chosen values in the form's order. */
  MULTIPLE_CHOICE,
  /** One line of text ({@code textfield}). */
  TEXT,
  /** Several lines of text ({@code textarea}). */
  LONG_TEXT,
  /** A decimal number ({@code number}); the answer is a {@code BigDecimal}. */
  NUMBER,
  /** A calendar day ({@code datetime} with subtype {@code date}); the answer is a {@code LocalDate}. */
  DATE;

  /** Choice questions: their results count how often each option was chosen. */
  public boolean countable() {
    return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
  }
}
