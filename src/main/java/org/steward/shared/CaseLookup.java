package org.steward.shared;

import java.util.Optional;

/**
 * Finds a case by its number. Each capability that owns cases (requests, projects) implements it, so capabilities that
 * act on any case (convening, the joint-meeting office) need not depend on them: they ask {@link Cases}.
 */
public interface CaseLookup {

  /** The case with this number, or empty if this capability owns no such case. */
  Optional<CaseSummary> find(String caseNumber);
}
