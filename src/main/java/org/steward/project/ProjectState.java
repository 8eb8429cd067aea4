package org.steward.project;

/**
 * Where a project stands, computed when read: {@code DELAYED} when a milestone is past its planned date unconfirmed
 * (red); {@code AT_RISK} when a milestone is in its warning window (yellow), a problem is open or a monthly filing is
 * overdue; {@code ON_TRACK} otherwise; {@code FINISHED} once 投产 is confirmed.
 */
public enum ProjectState {
  ON_TRACK, AT_RISK, DELAYED, FINISHED
}
