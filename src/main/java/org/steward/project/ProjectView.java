package org.steward.project;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.steward.deadline.Light;

/**
 * A project as staff and its enterprise read it. Lights, forecasts and the state are computed when read; instants carry
 * +08:00 (Asia/Shanghai). {@code currentMilestone} is null once finished.
 */
public record ProjectView(String code, String name, long enterpriseId, String enterpriseName, long investment,
    String site, String area, boolean keyProject, String officer, String officerName, String leader,
    String leaderName, String followUpPlan, ProjectState state, Milestone currentMilestone,
    OffsetDateTime registeredAt, String registeredBy, OffsetDateTime finishedAt, List<MilestoneView> milestones,
    List<Problem> problems, List<Filing> filings, List<Assignment> assignments, List<Step> timeline) {

  /**
   * One milestone: the plan at registration ({@code originalDate}, never changed), the plan in force, the actual date
   * once confirmed, and the forecast (the actual date, or the plan pushed back by earlier delays and by today when the
   * plan has passed); {@code light} null once confirmed; re-plans oldest first.
   */
  public record MilestoneView(Milestone milestone, String label, LocalDate originalDate, LocalDate plannedDate,
      LocalDate actualDate, LocalDate forecastDate, boolean confirmed, Light light, String note,
      String overrideReason, String confirmedBy, OffsetDateTime confirmedAt, OffsetDateTime escalatedAt,
      List<Replan> replans) {
  }

  /** A re-plan (改期) request; {@code approved} null while the leader has not decided. */
  public record Replan(long id, LocalDate previousDate, LocalDate requestedDate, String reason, String requestedBy,
      OffsetDateTime requestedAt, Boolean approved, String decisionNote, String decidedBy, OffsetDateTime decidedAt) {
  }

  /** A problem (卡点) and its enterprise-request case; open while the case is. */
  public record Problem(long id, Milestone milestone, String category, String description, String caseNumber,
      boolean open, String reportedBy, OffsetDateTime reportedAt) {
  }

  /** A monthly progress filing; {@code light} null once filed. */
  public record Filing(String period, LocalDate dueDate, Integer percent, String notes, String filedBy,
      OffsetDateTime filedAt, Light light) {
  }

  /** A period in which a user was the project's officer or leader; {@code to} null for the current one. */
  public record Assignment(String role, String userId, OffsetDateTime from, OffsetDateTime to, String reason,
      String assignedBy) {
  }

  /** One step of the project's timeline. */
  public record Step(OffsetDateTime at, String action, String actor, String description, String detail) {
  }
}
