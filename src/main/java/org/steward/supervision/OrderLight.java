package org.steward.supervision;

/** The light of a supervision order on its own deadline: yellow on the due date, red from the day after. */
public enum OrderLight {
  GREEN, YELLOW, RED
}
