package org.steward.directory;

/** An officer as other records show it: id and name. */
public record OfficerSummary(String id, String name) {
}
