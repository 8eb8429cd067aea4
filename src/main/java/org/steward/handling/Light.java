package org.steward.handling;

/** The traffic light of a unit or a case: green in time, yellow near the deadline, red overdue. */
public enum Light {
  GREEN, YELLOW, RED
}
