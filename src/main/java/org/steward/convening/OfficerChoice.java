package org.steward.convening;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.steward.directory.Officer;
import org.steward.shared.Violations;

/**
 * Who may be convened: 2–20 distinct registered officers, the convener not among them; an officer added while it runs
 * (加签) must be registered, neither the convener nor convened already, and fit within the 20. Rules without state,
 * over a lookup of the directory, so they are tested alone.
 */
final class OfficerChoice {

  /** How many officers one convening may hold, added ones included. */
  static final int MIN_OFFICERS = 2;
  static final int MAX_OFFICERS = 20;

  private OfficerChoice() {
  }

  /**
   * The officers named, in their order, adding a violation of {@code officers[i]} (blank, repeated, the convener,
   * unknown) or {@code officers} (how many) for each broken rule.
   */
  static List<Officer> convened(List<String> officers, String convener, Function<String, Optional<Officer>> directory,
      Violations violations) {
    List<String> given = officers == null ? List.of() : officers;
    List<Officer> chosen = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < given.size(); i++) {
      String field = "officers[" + i + "]";
      String id = given.get(i) == null ? null : given.get(i).strip();
      if (id == null || id.isEmpty()) {
        violations.add(field, "NotBlank");
      } else if (!seen.add(id)) {
        violations.add(field, "convening.officer.duplicate", id);
      } else if (id.equals(convener)) {
        violations.add(field, "convening.officer.convener", id);
      } else {
        directory.apply(id).ifPresentOrElse(chosen::add, () -> violations.add(field, "convening.officer.unknown", id));
      }
    }
    if (seen.size() < MIN_OFFICERS || seen.size() > MAX_OFFICERS) {
      violations.add("officers", "convening.officers.count", MIN_OFFICERS, MAX_OFFICERS, seen.size());
    }
    return chosen;
  }

  /**
   * The officer to add to a convening that holds {@code convened}; null with a violation of {@code officer} when the
   * rules refuse it.
   */
  static Officer added(String officer, String convener, List<String> convened,
      Function<String, Optional<Officer>> directory, Violations violations) {
    if (officer == null || officer.isBlank()) {
      violations.add("officer", "NotBlank");
      return null;
    }
    String id = officer.strip();
    Optional<Officer> known = directory.apply(id);
    if (known.isEmpty()) {
      violations.add("officer", "convening.officer.unknown", id);
    } else if (id.equals(convener)) {
      violations.add("officer", "convening.officer.convener", id);
    } else if (convened.contains(id)) {
      violations.add("officer", "convening.officer.already", id);
    } else if (convened.size() >= MAX_OFFICERS) {
      violations.add("officer", "convening.officers.full", MAX_OFFICERS);
    } else {
      return known.get();
    }
    return null;
  }
}
