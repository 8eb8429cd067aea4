package org.steward.project;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.project.process.ProjectMilestonesProcess;
import org.steward.shared.InvalidInput;
import org.steward.shared.StewardClock;
import org.steward.shared.Texts;
import org.steward.shared.Violations;
import org.steward.timeline.Timeline;

/**
 * A project's milestones in turn, as process {@code project-milestones} follows them: the milestone it waits for and
 * its clock, the officer's answer in 确认里程碑 (a confirmation, or a re-plan handed to {@link MilestoneReplans}), and
 * the end of the follow-up once 投产 is confirmed.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class MilestoneConfirmations {

  private final ProjectRows rows;
  private final ProjectPeople people;
  private final MilestoneDeadlines deadlines;
  private final MilestoneReplans replans;
  private final ProjectProblems problems;
  private final ProjectTransitions transitions;
  private final Timeline timeline;

  /** The first milestone not yet confirmed and its clock; empty when all three are. */
  @Transactional(readOnly = true)
  public Optional<MilestoneClock> currentMilestone(String code) {
    ProjectRow row = rows.project(code);
    return rows.milestones(code).stream().filter(m -> m.actualDate() == null).findFirst()
        .map(m -> new MilestoneClock(code, row.name(), row.enterpriseName(), m.milestone(),
            deadlines.of(m.plannedDate()), deadlines.escalateAt(m.plannedDate()), row.officer(), people.approver(row)));
  }

  /**
   * Checks what the officer entered in 确认里程碑: to CONFIRM, an actual date (not in the future, not before the
   * previous milestone's) and a note, and an override reason when a problem blocking the milestone is open; to
   * REPLAN, a new date (a working day from today on, not the planned one, after the previous milestone) and a reason.
   *
   * @throws InvalidInput naming the fields of the form
   */
  @Transactional(readOnly = true)
  public void checkMilestoneAction(String code, Milestone milestone, String action, String actualDate, String note,
      String overrideReason, String requestedDate, String replanReason) {
    Violations violations = new Violations();
    if (ProjectMilestonesProcess.ACTION_REPLAN.equals(action)) {
      replans.checkReplan(violations, code, milestone, requestedDate, replanReason);
    } else if (action == null || ProjectMilestonesProcess.ACTION_CONFIRM.equals(action)) {
      checkConfirmation(violations, code, milestone, actualDate, note, overrideReason);
    } else {
      violations.add(ProjectMilestonesProcess.ACTION, "project.action.unknown");
    }
    violations.throwIfAny();
  }

  /**
   * Confirms the milestone with its actual date and note (and, with an open blocking problem, the override reason);
   * answers whether the project is finished (投产 confirmed).
   *
   * @throws ProjectStateConflict if the milestone is confirmed already
   */
  public boolean confirmMilestone(String code, Milestone milestone, String actualDate, String note,
      String overrideReason, String byUser) {
    Violations violations = new Violations();
    Confirmation confirmation = checkConfirmation(violations, code, milestone, actualDate, note, overrideReason);
    violations.throwIfAny();
    transitions.make(code, milestone, MilestoneTransition.CONFIRM, ProjectTransitions.columns(
        "actual_date", confirmation.actualDate(), "note", confirmation.note(),
        "override_reason", confirmation.overrideReason(), "confirmed_at", Timestamp.from(StewardClock.now()),
        "confirmed_by", byUser));
    timeline.record(code, "MILESTONE_CONFIRMED", byUser, "确认" + milestone.label() + "，实际日期 "
        + confirmation.actualDate(), confirmation.note());
    if (confirmation.overrideReason() != null) {
      timeline.record(code, "PROBLEM_OVERRIDDEN", byUser, Texts.shorten("越过未解决的卡点确认" + milestone.label() + "："
          + String.join("、", confirmation.openProblems()), 200), confirmation.overrideReason());
    }
    return milestone.next() == null;
  }

  /**
   * 投产 confirmed: the project's follow-up ends; the record remains.
   *
   * @throws ProjectStateConflict if the project is finished already
   */
  public void finish(String code) {
    transitions.make(code, ProjectTransition.FINISH, ProjectTransitions.columns("finished_at",
        Timestamp.from(StewardClock.now())));
    timeline.record(code, "PROJECT_FINISHED", null, "项目已投产，跟踪结束", null);
  }

  /** What a confirmation would record. */
  private record Confirmation(LocalDate actualDate, String note, String overrideReason, List<String> openProblems) {
  }

  private Confirmation checkConfirmation(Violations violations, String code, Milestone milestone, String actualDate,
      String note, String overrideReason) {
    LocalDate actual = MilestoneDates.parse(violations, ProjectMilestonesProcess.ACTUAL_DATE, actualDate);
    Milestone previous = MilestoneDates.previous(milestone);
    LocalDate previousActual = actual == null || previous == null ? null
        : rows.milestone(code, previous).actualDate();
    MilestoneDates.checkActual(violations, milestone, actual, StewardClock.today(), previousActual);
    String cleanNote = violations.text(ProjectMilestonesProcess.NOTE, note, ProjectRegistry.MAX_NOTE);
    List<String> open = problems.openProblems(code, milestone);
    String override = violations.optionalText(ProjectMilestonesProcess.OVERRIDE_REASON, overrideReason,
        ProjectRegistry.MAX_NOTE);
    if (!open.isEmpty() && override == null && !violations.has(ProjectMilestonesProcess.OVERRIDE_REASON)) {
      violations.add(ProjectMilestonesProcess.OVERRIDE_REASON, "project.override.required", String.join("、", open));
    }
    return new Confirmation(actual, cleanNote, open.isEmpty() ? null : override, open);
  }
}
