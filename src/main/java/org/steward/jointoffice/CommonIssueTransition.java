package org.steward.jointoffice;

/**
 * The moves a common issue's state makes: it is born OPEN and resolved once, by the resolution of its own joint
 * meeting; a second resolution is refused by {@link OfficeTransitions}.
 */
enum CommonIssueTransition {
  RESOLVE(CommonIssueState.RESOLVED, CommonIssueState.OPEN);

  private final CommonIssueState to;
  private final CommonIssueState from;

  CommonIssueTransition(CommonIssueState to, CommonIssueState from) {
    this.to = to;
    this.from = from;
  }

  CommonIssueState to() {
    return to;
  }

  CommonIssueState from() {
    return from;
  }
}
