package org.steward.directory;

import java.util.List;

/**
 * A target rule as staff send it (a policy's, a survey's): industries, areas, tags, key enterprises only, named
 * enterprises. {@link TargetRules#read} checks it.
 */
public record TargetInput(List<String> industries, List<String> areas, List<String> tags, Boolean keyOnly,
    List<Long> enterpriseIds) {
}
