package org.steward.project;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.notification.Notifications;
import org.steward.project.process.ProjectMilestonesProcess;
import org.steward.shared.NotFound;
import org.steward.shared.StewardClock;
import org.steward.shared.Violations;
import org.steward.timeline.Timeline;

/**
 * Re-plans (改期): the officer asks to move the milestone the project waits for, the leader (or the officer's
 * supervisor) decides; approved, the milestone follows the new date and the later ones move back where they would no
 * longer follow it ({@link ReplanCascade}). The original plan and every re-plan stay on record.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class MilestoneReplans {

  private static final String APPROVED = "APPROVED";
  private static final String REJECTED = "REJECTED";

  private final JdbcClient jdbc;
  private final ProjectRows rows;
  private final ProjectPeople people;
  private final ProjectTransitions transitions;
  private final Timeline timeline;
  private final Notifications notifications;

  /** Records the officer's re-plan request (改期); answers its id for the leader's decision. */
  public long requestReplan(String code, Milestone milestone, String requestedDate, String reason, String byUser) {
    Violations violations = new Violations();
    LocalDate requested = checkReplan(violations, code, milestone, requestedDate, reason);
    violations.throwIfAny();
    ProjectRow row = rows.project(code);
    MilestoneRow m = rows.milestone(code, milestone);
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            insert into project_replan (project_code, milestone, previous_date, requested_date, reason, requested_by,
              requested_at)
            values (:code, :milestone, :previous, :requested, :reason, :by, :now)""")
        .param("code", code).param("milestone", milestone.name()).param("previous", m.plannedDate())
        .param("requested", requested).param("reason", reason.strip()).param("by", byUser)
        .param("now", Timestamp.from(StewardClock.now())).update(key, "id");
    long id = key.getKeyAs(Number.class).longValue();
    timeline.record(code, "REPLAN_REQUESTED", byUser, "申请将" + milestone.label() + "由 " + m.plannedDate() + " 改期至 "
        + requested, reason.strip());
    notifications.notifyUser(people.approver(row), "REPLAN_REQUESTED", code,
        "项目“" + row.name() + "”申请将" + milestone.label() + "改期至 " + requested + "，请审批");
    return id;
  }

  /** Checks the leader's decision on a re-plan. @throws InvalidInput (replanDecision, decisionNote) */
  @Transactional(readOnly = true)
  public void checkReplanDecision(String decision, String note) {
    Violations violations = new Violations();
    if (!APPROVED.equals(decision) && !REJECTED.equals(decision)) {
      violations.add(ProjectMilestonesProcess.REPLAN_DECISION, "project.replanDecision.unknown");
    }
    String cleanNote = violations.optionalText(ProjectMilestonesProcess.DECISION_NOTE, note, ProjectRegistry.MAX_NOTE);
    if (REJECTED.equals(decision) && cleanNote == null && !violations.has(ProjectMilestonesProcess.DECISION_NOTE)) {
      violations.add(ProjectMilestonesProcess.DECISION_NOTE, "project.decisionNote.required");
    }
    violations.throwIfAny();
  }

  /**
   * The leader decided a re-plan; approved, the milestone's planned date changes (the original plan and every re-plan
   * stay on record) and later milestones that would no longer follow it move back ({@link ReplanCascade}). Answers
   * whether it was approved.
   *
   * @throws ProjectStateConflict if the re-plan is decided already, or its milestone confirmed
   */
  public boolean decideReplan(long replanId, String decision, String note, String byUser) {
    checkReplanDecision(decision, note);
    Replan replan = jdbc.sql("select * from project_replan where id = :id").param("id", replanId)
        .query((rs, n) -> new Replan(rs.getString("project_code"), Milestone.valueOf(rs.getString("milestone")),
            rs.getObject("previous_date", LocalDate.class), rs.getObject("requested_date", LocalDate.class)))
        .optional().orElseThrow(() -> new NotFound("project-replan", replanId));
    boolean approved = APPROVED.equals(decision);
    String cleanNote = note == null || note.isBlank() ? null : note.strip();
    transitions.make(replanId, approved ? ReplanTransition.APPROVE : ReplanTransition.REJECT,
        ProjectTransitions.columns("approved", approved, "decision_note", cleanNote, "decided_by", byUser,
            "decided_at", Timestamp.from(StewardClock.now())));
    String code = replan.projectCode();
    ProjectRow row = rows.project(code);
    if (approved) {
      replan(code, replan.milestone(), replan.requestedDate());
      Map<Milestone, LocalDate> planned = new EnumMap<>(Milestone.class);
      rows.milestones(code).forEach(m -> planned.put(m.milestone(), m.plannedDate()));
      for (ReplanCascade.Shift shift : ReplanCascade.of(replan.milestone(), replan.previousDate(),
          replan.requestedDate(), planned)) {
        replan(code, shift.milestone(), shift.to());
        timeline.record(code, "MILESTONE_REPLANNED", byUser, shift.milestone().label() + "随之顺延：" + shift.from()
            + " → " + shift.to(), null);
      }
    }
    timeline.record(code, approved ? "REPLAN_APPROVED" : "REPLAN_REJECTED", byUser,
        (approved ? "同意" : "不同意") + replan.milestone().label() + "改期至 " + replan.requestedDate(), cleanNote);
    notifications.notifyUser(row.officer(), approved ? "REPLAN_APPROVED" : "REPLAN_REJECTED", code,
        "项目“" + row.name() + "”" + replan.milestone().label() + "改期申请" + (approved ? "已获同意" : "未获同意"));
    return approved;
  }

  /**
   * Checks a re-plan's new date and reason (see {@link MilestoneDates#checkRequested}); answers the date, null when
   * refused.
   */
  LocalDate checkReplan(Violations violations, String code, Milestone milestone, String requestedDate,
      String reason) {
    LocalDate requested = MilestoneDates.parse(violations, ProjectMilestonesProcess.REQUESTED_DATE, requestedDate);
    if (requested != null) {
      Milestone previous = MilestoneDates.previous(milestone);
      LocalDate previousDate = null;
      if (previous != null) {
        MilestoneRow before = rows.milestone(code, previous);
        previousDate = before.actualDate() != null ? before.actualDate() : before.plannedDate();
      }
      MilestoneDates.checkRequested(violations, milestone, requested, StewardClock.today(),
          rows.milestone(code, milestone).plannedDate(), previousDate);
    }
    violations.text(ProjectMilestonesProcess.REPLAN_REASON, reason, ProjectRegistry.MAX_NOTE);
    return requested;
  }

  /** The milestone follows a new plan: its lights and escalation start over. */
  private void replan(String code, Milestone milestone, LocalDate date) {
    transitions.make(code, milestone, MilestoneTransition.REPLAN, ProjectTransitions.columns("planned_date", date,
        "warned_at", null, "overdue_at", null, "escalated_at", null));
  }

  /** The re-plan a decision is about. */
  private record Replan(String projectCode, Milestone milestone, LocalDate previousDate, LocalDate requestedDate) {
  }
}
