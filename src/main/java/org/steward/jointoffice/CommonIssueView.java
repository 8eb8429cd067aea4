package org.steward.jointoffice;

import java.time.Instant;
import java.util.List;

/**
 * One common issue with its decision and every link it ever had (unlinked ones stay, with who unlinked them when), the
 * linked requests named by case number, title and enterprise.
 */
public record CommonIssueView(long id, String number, String title, String description, CommonIssueState state,
    String resolution, Instant createdAt, String createdBy, Instant resolvedAt, String resolvedBy,
    List<LinkedCase> links) {

  /** One link between the issue and a case; {@code active} until unlinked. */
  public record LinkedCase(String caseNumber, String title, String enterpriseName, boolean caseOpen, Instant linkedAt,
      String linkedBy, Instant unlinkedAt, String unlinkedBy, boolean active) {
  }
}
