package org.steward.jointoffice;

/** Where an escalation stands: at analysis, waiting for its common issue, in a joint meeting, or closed. */
public enum EscalationState {
  ANALYSING, WAITING, MEETING, CLOSED;

  /** The Chinese word shown to people. */
  public String label() {
    return switch (this) {
      case ANALYSING -> "待研判";
      case WAITING -> "等待共性问题解决";
      case MEETING -> "联席会议中";
      case CLOSED -> "已办结";
    };
  }
}
