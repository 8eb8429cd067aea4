package org.steward.survey;

/** One option of a choice question: the value an answer stores and the Chinese label the enterprise reads. */
public record Option(String value, String label) {
}
