package org.steward.project;

/** Filters of the project list; null means any. */
public record ProjectFilter(String area, String officer, String state, Boolean key) {
}
