package org.steward.survey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A campaign's results for staff: how many of the targeted enterprises answered (overall, by officer, by area), each
 * question's counts and every enterprise's answer as text.
 */
public record SurveyResults(long campaignId, String title, LocalDate opensOn, LocalDate closesOn, boolean closed,
    Rate overall, List<Rate> byOfficer, List<Rate> byArea, List<QuestionResult> questions, List<RawAnswer> answers) {

  /** The group of everybody, in {@link #overall()}. */
  public static final String ALL = "全部";

  /** Response of a group: its name (an officer's name, an area, or {@value #ALL}), enterprises targeted, answered. */
  public record Rate(String name, int targeted, int answered) {

    /** answered / targeted, 0 when nobody is targeted. */
    public double rate() {
      return targeted == 0 ? 0 : (double) answered / targeted;
    }
  }

  /**
   * One question: its key, its label, whether its options are counted (choices), how many enterprises answered it and,
   * for choices, the options' counts in the form's order; free questions (text, number, date) have no options.
   */
  public record QuestionResult(String key, String label, boolean counted, int answered, List<OptionCount> options) {
  }

  /** How many enterprises chose an option (its stored value and the label the form shows). */
  public record OptionCount(String value, String label, int count) {

    /** count / answered: the share of the question's respondents who chose it, 0 when nobody answered. */
    public double percent(int answered) {
      return answered == 0 ? 0 : (double) count / answered;
    }
  }

  /**
   * One enterprise's answer: the enterprise, its officer's name, when it answered (its last change) and each question's
   * key → display text (choices as their labels, several joined by "、").
   */
  public record RawAnswer(long enterpriseId, String enterpriseName, String officerName, Instant answeredAt,
      Map<String, String> display) {
  }
}
