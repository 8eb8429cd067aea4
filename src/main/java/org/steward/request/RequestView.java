package org.steward.request;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.steward.deadline.Light;

/**
 * A case as the enterprise and staff read it. Instants carry the offset +08:00 (Asia/Shanghai); {@code light} is
 * computed when read; {@code units} are every handling unit of every round, oldest first; {@code timeline} every step.
 */
public record RequestView(String caseNumber, long enterpriseId, String enterpriseName, String category,
    String categoryLabel, String title, String description, String contactName, String contactPhone, String urgency,
    String channel, RequestState state, Outcome outcome, Light light, String officer, String officerName,
    String submittedBy, OffsetDateTime submittedAt, OffsetDateTime responseDue, OffsetDateTime acknowledgedAt,
    String firstAnswer, String leadDepartment, Integer timeLimit, LocalDate resolutionDue, String reply,
    OffsetDateTime repliedAt, Satisfaction satisfaction, String satisfactionComment, OffsetDateTime ratedAt,
    int reopenCount, OffsetDateTime closedAt, List<Unit> units, List<Step> timeline) {

  /** One department's part of the case, with its extension requests (延期申请), oldest first. */
  public record Unit(long id, int round, String department, String departmentName, String role, LocalDate dueDate,
      String state, String light, String rating, String feedback, String returnReason, OffsetDateTime signedAt,
      OffsetDateTime finishedAt, List<Extension> extensions) {
  }

  /**
   * An extension request of a unit: the due date it had, the date asked for, why and by whom; {@code approved} is null
   * until a supervisor decides.
   */
  public record Extension(LocalDate previousDueDate, LocalDate requestedDueDate, String reason, String requestedBy,
      OffsetDateTime requestedAt, Boolean approved, String decidedBy, OffsetDateTime decidedAt) {
  }

  /** One step of the case: what (action code and Chinese description), who, when. */
  public record Step(OffsetDateTime at, String action, String actor, String description, String detail) {
  }
}
