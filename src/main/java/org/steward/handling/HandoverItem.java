package org.steward.handling;

/** One handover item (交办事项) of a joint meeting: the department, what it must do, and its own time limit. */
public record HandoverItem(String department, String task, int timeLimit) {
}
