package org.steward.convening;

/** An officer's opinion: still awaited, given, or missed (未提出意见: the convening concluded without it). */
public enum OpinionState {
  OPEN, GIVEN, MISSED
}
