package org.steward.directory;

import java.util.Set;

/**
 * Which enterprises something is meant for (a policy, a survey): within one criterion any value matches, across
 * criteria all must; the named enterprises match besides. An empty criterion does not restrict; a rule with no
 * criterion and no named enterprise matches nobody.
 */
public record TargetRule(Set<String> industries, Set<String> areas, Set<String> tags, boolean keyOnly,
    Set<Long> enterpriseIds) {

  public TargetRule {
    industries = Set.copyOf(industries);
    areas = Set.copyOf(areas);
    tags = Set.copyOf(tags);
    enterpriseIds = Set.copyOf(enterpriseIds);
  }

  /** Whether the rule names any criterion (besides named enterprises). */
  public boolean hasCriterion() {
    return !industries.isEmpty() || !areas.isEmpty() || !tags.isEmpty() || keyOnly;
  }
}
