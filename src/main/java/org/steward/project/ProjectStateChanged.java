package org.steward.project;

/**
 * A project or one of its milestones moved on (a milestone confirmed or handed to the joint-meeting office, the project
 * finished), published in the transaction of the change; {@code change} says what, in Chinese ("动工已确认").
 */
public record ProjectStateChanged(String projectCode, String change) {
}
