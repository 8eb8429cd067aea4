package org.steward.shared;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Every case of the district, whichever capability owns it: asks each {@link CaseLookup} in turn. Capabilities that act
 * on any case (convening, supervision, notices) find it here.
 */
@Component
public class Cases {

  private final List<CaseLookup> lookups;

  public Cases(List<CaseLookup> lookups) {
    this.lookups = List.copyOf(lookups);
  }

  /** The case with this number, or empty when there is none (or no number). */
  public Optional<CaseSummary> find(String caseNumber) {
    if (caseNumber == null || caseNumber.isBlank()) {
      return Optional.empty();
    }
    return lookups.stream().flatMap(lookup -> lookup.find(caseNumber).stream()).findFirst();
  }
}
