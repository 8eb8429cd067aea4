package org.steward.handling;

/** The three-grade rating of a unit: 完成 done in time, 如期推进 open and in time, 进展缓慢 overdue or finished late. */
public enum Rating {
  DONE, ON_TRACK, SLOW
}
