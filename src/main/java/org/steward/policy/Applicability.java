package org.steward.policy;

/** Whether a policy applies to a key enterprise, as its officer confirms it (适用 / 不适用 / 待确认). */
public enum Applicability {
  APPLICABLE, NOT_APPLICABLE, UNDECIDED
}
