package org.steward.deputy;

import java.time.Instant;

/** A case copied to the reader (抄送我的): what the case is, where it stands, who copied it and why. */
public record CaseCopy(String caseNumber, String title, String enterpriseName, boolean open, String copiedBy,
    String copiedByName, Instant copiedAt, String note) {
}
