package org.steward.deadline;

/**
 * A subject's light moved on (黄灯预警 or 红灯), published in the transaction of the timer that moved it. Each capability
 * listens for its own kinds and sends its notification, opens its supervision item and writes its timeline line.
 *
 * @param subjectKind the kind, as the subject's timers name it ({@link DeadlineSubject#kind()})
 * @param subjectId the subject within its kind
 * @param caseNumber the case (or project code) the subject belongs to
 */
public record LightChanged(String subjectKind, String subjectId, String caseNumber, Light from, Light to) {

  /** Whether this change is of a subject of {@code kind}. */
  public boolean concerns(String kind) {
    return subjectKind.equals(kind);
  }
}
