package org.steward.project;

/**
 * Whether a project is still followed: from registration until 投产 is confirmed, then finished for good. Not to be
 * confused with {@link ProjectState}, where a followed project stands against its plan.
 */
enum ProjectLifecycle {
  /** Registered; its milestones are followed. */
  FOLLOWED,
  /** 投产 confirmed: the follow-up ended, the record remains. */
  FINISHED
}
