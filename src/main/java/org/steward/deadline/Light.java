package org.steward.deadline;

/**
 * The light of anything with a deadline (a department's unit, an opinion, a position, a supervision order, a milestone,
 * a monthly filing): green in time, yellow near the deadline, red overdue. The one representation in the API, the
 * tables and the process variables.
 */
public enum Light {
  GREEN, YELLOW, RED
}
