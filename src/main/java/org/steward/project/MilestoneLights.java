package org.steward.project;

import java.sql.Timestamp;
import java.time.LocalDate;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.deadline.DeadlineSubject;
import org.steward.deadline.Light;
import org.steward.deadline.LightChanged;
import org.steward.notification.Notifications;
import org.steward.project.process.ProjectMilestonesProcess;
import org.steward.shared.NotFound;
import org.steward.shared.StewardClock;
import org.steward.shared.Texts;
import org.steward.shared.Violations;
import org.steward.timeline.Timeline;

/**
 * The milestone a project waits for as a deadline subject ({@code milestone}, id {@code <code>/<milestone>}) and what
 * its lights lead to: yellow warns the officer, red the officer and the leader, who chases it (督促); still unconfirmed
 * later, it goes to the joint-meeting office.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class MilestoneLights {

  private static final Logger log = LoggerFactory.getLogger(MilestoneLights.class);

  private final JdbcClient jdbc;
  private final ProjectRows rows;
  private final ProjectPeople people;
  private final MilestoneDeadlines deadlines;
  private final ProjectTransitions transitions;
  private final ProjectProperties properties;
  private final Timeline timeline;
  private final Notifications notifications;

  /** A project's current milestone as a deadline subject; the milestones share the project's instance. */
  @Bean
  DeadlineSubject milestoneSubject(ProjectRecords records) {
    return new DeadlineSubject("milestone", true,
        execution -> execution.getBusinessKey() + "/" + records.currentMilestone(execution.getBusinessKey()).name(),
        id -> milestoneState(codeOf(id), milestoneOf(id)),
        (id, light) -> stamp(codeOf(id), milestoneOf(id), light == Light.RED ? "overdue_at" : "warned_at"));
  }

  @EventListener(condition = "#event.concerns('milestone')")
  void onMilestone(LightChanged event) {
    announce(codeOf(event.subjectId()), milestoneOf(event.subjectId()), event.to());
  }

  /** The leader chased the overdue milestone (督促). @throws InvalidInput (chaseNote) */
  public void recordChase(String code, Milestone milestone, String note, String byUser) {
    Violations violations = new Violations();
    violations.text(ProjectMilestonesProcess.CHASE_NOTE, note, ProjectRegistry.MAX_NOTE);
    violations.throwIfAny();
    ProjectRow row = rows.project(code);
    timeline.record(code, "MILESTONE_CHASED", byUser, "挂点领导督促" + milestone.label(), note.strip());
    notifications.notifyUser(row.officer(), "MILESTONE_CHASED", code,
        "挂点领导督促项目“" + row.name() + "”的" + milestone.label() + "：" + Texts.shorten(note.strip(), 200));
  }

  /**
   * Still unconfirmed {@code escalationWorkingDays} after the planned date: the milestone goes to the joint-meeting
   * office (recorded, the leader told; the joint-meeting process records the escalation on the timeline and tells the
   * office).
   *
   * @throws ProjectStateConflict if the milestone is confirmed or escalated already
   */
  public void escalate(String code, Milestone milestone) {
    ProjectRow row = rows.project(code);
    MilestoneRow m = rows.milestone(code, milestone);
    transitions.make(code, milestone, MilestoneTransition.ESCALATE,
        ProjectTransitions.columns("escalated_at", Timestamp.from(StewardClock.now())));
    String text = "项目“" + row.name() + "”的" + milestone.label() + "超过计划日期 " + m.plannedDate() + " "
        + properties.escalationWorkingDays() + " 个工作日仍未确认，提请联席会议办公室协调";
    notifications.notifyUser(people.approver(row), "PROJECT_ESCALATED", code, text);
    log.info("Project {} milestone {} escalated to the joint-meeting office", code, milestone);
  }

  /**
   * The milestone as its timers see it: the project, the light they last signalled (its warned and overdue stamps,
   * cleared by a re-plan), whether still unconfirmed, its deadline.
   */
  private DeadlineSubject.State milestoneState(String code, Milestone milestone) {
    return jdbc.sql("""
        select planned_date, actual_date, warned_at, overdue_at from project_milestone
        where project_code = :code and milestone = :milestone""")
        .param("code", code).param("milestone", milestone.name())
        .query((rs, n) -> new DeadlineSubject.State(code, rs.getObject("overdue_at") != null ? Light.RED
            : rs.getObject("warned_at") != null ? Light.YELLOW : Light.GREEN,
            rs.getObject("actual_date") == null, deadlines.of(rs.getObject("planned_date", LocalDate.class))))
        .optional().orElseThrow(() -> new NotFound("project", code));
  }

  /** Stamps the light a timer signalled: warned (yellow) or overdue (red); not a state, a re-plan clears both. */
  private void stamp(String code, Milestone milestone, String column) {
    jdbc.sql("update project_milestone set " + column + " = :now where project_code = :code and milestone = :milestone")
        .param("now", Timestamp.from(StewardClock.now())).param("code", code).param("milestone", milestone.name())
        .update();
  }

  /** Yellow tells the officer the milestone is near; red tells the officer and the leader. */
  private void announce(String code, Milestone milestone, Light light) {
    ProjectRow row = rows.project(code);
    MilestoneRow m = rows.milestone(code, milestone);
    if (light == Light.YELLOW) {
      String text = "项目“" + row.name() + "”的" + milestone.label() + "计划于 " + m.plannedDate() + "，请及时确认";
      notifications.notifyUser(row.officer(), "MILESTONE_NEAR", code, text);
      timeline.record(code, "MILESTONE_NEAR", null, milestone.label() + "临近计划日期（黄灯）", m.plannedDate().toString());
      return;
    }
    String text = "项目“" + row.name() + "”的" + milestone.label() + "已超过计划日期 " + m.plannedDate() + " 仍未确认";
    notifications.notifyUser(row.officer(), "MILESTONE_OVERDUE", code, text);
    notifications.notifyUser(people.approver(row), "MILESTONE_OVERDUE", code, text + "，请督促");
    timeline.record(code, "MILESTONE_OVERDUE", null, milestone.label() + "超过计划日期未确认（红灯）",
        m.plannedDate().toString());
  }

  private static String codeOf(String milestoneId) {
    return milestoneId.substring(0, milestoneId.lastIndexOf('/'));
  }

  private static Milestone milestoneOf(String milestoneId) {
    return Milestone.valueOf(milestoneId.substring(milestoneId.lastIndexOf('/') + 1));
  }
}
