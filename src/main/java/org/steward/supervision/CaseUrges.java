package org.steward.supervision;

import java.util.List;

/** The urges of a case, oldest first, and how many there are (what the reports count as 催办). */
public record CaseUrges(String caseNumber, long count, List<Urge> urges) {
}
