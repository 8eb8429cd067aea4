package org.steward.deadline;

/**
 * The light of anything with a deadline (a department's unit, an opinion, a position, a supervision order, a milestone,
 * a monthly filing): green in time, yellow near the deadline, red overdue. The one representation in the API, the
 * tables and the process variables.
 */
public enum Light {
  GREEN, YELLOW, RED;

  /**
   * Whether a timer signalling {@code signal} changes this light: lights only move on (green, yellow, red), so a yellow
   * timer that runs late, after red, changes and announces nothing. Only a new deadline (an extension, a re-plan) sets
   * a light back, by computing it afresh.
   */
  public boolean movesOnTo(Light signal) {
    return signal.compareTo(this) > 0;
  }
}
