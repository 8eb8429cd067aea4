package org.steward.jointoffice;

/** A common issue is open until one resolution answers every linked case. */
public enum CommonIssueState {
  OPEN, RESOLVED
}
