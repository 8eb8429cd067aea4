package org.steward.project;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;

import lombok.RequiredArgsConstructor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.calendar.WorkingDayCalendar;
import org.steward.deadline.DeadlineSubject;
import org.steward.deadline.Light;
import org.steward.deadline.LightChanged;
import org.steward.handling.HandlingManagement;
import org.steward.notification.Notifications;
import org.steward.project.process.ProjectMilestonesProcess;
import org.steward.shared.NotFound;
import org.steward.shared.StewardClock;
import org.steward.shared.Violations;
import org.steward.timeline.Timeline;

/**
 * Monthly progress filings (月度填报): each month of a project opens a filing ({@link FilingSchedule}) that the officer
 * owes by its due date, with the lights of department handling; the filing is a deadline subject ({@code filing}, id
 * the filing's).
 */
@Service
@Transactional
@RequiredArgsConstructor
public class ProjectFilings {

  private final JdbcClient jdbc;
  private final ProjectRows rows;
  private final ProjectPeople people;
  private final ProjectTransitions transitions;
  private final WorkingDayCalendar calendar;
  private final HandlingManagement handling;
  private final ProjectProperties properties;
  private final Timeline timeline;
  private final Notifications notifications;

  /** A project's open monthly filing as a deadline subject; the filings share the project's instance. */
  @Bean
  DeadlineSubject filingSubject(ProjectRecords records) {
    return new DeadlineSubject("filing", true,
        execution -> Long.toString(records.openFiling(execution.getBusinessKey())),
        id -> filingState(Long.parseLong(id)), (id, light) -> storeLight(Long.parseLong(id), light));
  }

  @EventListener(condition = "#event.concerns('filing')")
  void onFiling(LightChanged event) {
    announce(Long.parseLong(event.subjectId()), event.to());
  }

  /** The next month to file for: the month after the last one opened, or after registration; opens on its 1st. */
  @Transactional(readOnly = true)
  public FilingPeriod nextFilingPeriod(String code) {
    ProjectRow row = rows.project(code);
    YearMonth last = jdbc.sql("select max(period) from project_filing where project_code = :code")
        .param("code", code).query(String.class).optional().map(YearMonth::parse).orElse(null);
    return FilingSchedule.next(last, row.registeredAt());
  }

  /** Opens the month's filing, due on its {@code filingWorkingDay}-th working day, with department-handling lights. */
  public FilingClock openFiling(String code, String period) {
    LocalDate due = FilingSchedule.dueDate(YearMonth.parse(period), properties.filingWorkingDay(), calendar);
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("insert into project_filing (project_code, period, due_date) values (:code, :period, :due)")
        .param("code", code).param("period", period).param("due", due).update(key, "id");
    long id = key.getKeyAs(Number.class).longValue();
    ProjectRow row = rows.project(code);
    notifications.notifyUser(row.officer(), "FILING_OPENED", code,
        "请于 " + due + " 前填报项目“" + row.name() + "”" + period + " 月度进展");
    return new FilingClock(id, period, handling.deadline(due));
  }

  /**
   * Records the officer's monthly filing: percent 0..100 (whole), notes required.
   *
   * @throws InvalidInput (percent, progressNotes)
   *
   * @throws ProjectStateConflict if the filing is filed already
   */
  public void fileProgress(long filingId, Object percent, String notes, String byUser) {
    Violations violations = new Violations();
    Integer value = percent(violations, percent);
    String cleanNotes = violations.text(ProjectMilestonesProcess.PROGRESS_NOTES, notes, ProjectRegistry.MAX_NOTE);
    violations.throwIfAny();
    Filing filing = filing(filingId);
    transitions.make(filingId, FilingTransition.FILE, ProjectTransitions.columns("percent", value, "notes",
        cleanNotes, "filed_by", byUser, "filed_at", Timestamp.from(StewardClock.now())));
    timeline.record(filing.projectCode(), "PROGRESS_FILED", byUser, filing.period() + " 月度进展：" + value + "%",
        cleanNotes);
  }

  /** The filing as its timers see it: the project, the light they last signalled, whether still owed, its deadline. */
  private DeadlineSubject.State filingState(long filingId) {
    return jdbc.sql("select project_code, due_date, light, filed_at from project_filing where id = :id")
        .param("id", filingId)
        .query((rs, n) -> new DeadlineSubject.State(rs.getString("project_code"), Light.valueOf(rs.getString("light")),
            rs.getObject("filed_at") == null, handling.deadline(rs.getObject("due_date", LocalDate.class))))
        .optional().orElseThrow(() -> new NotFound("project-filing", filingId));
  }

  /** Stores the light a timer signalled: the filing's light, not its state. */
  private void storeLight(long filingId, Light light) {
    jdbc.sql("update project_filing set light = :light where id = :id").param("light", light.name())
        .param("id", filingId).update();
  }

  /** Yellow (the due date has come) tells the officer; red tells the officer and the leader. */
  private void announce(long filingId, Light light) {
    Filing filing = filing(filingId);
    ProjectRow row = rows.project(filing.projectCode());
    if (light == Light.YELLOW) {
      timeline.record(filing.projectCode(), "FILING_NEAR", null, filing.period() + " 月度填报今日到期（黄灯）",
          filing.dueDate().toString());
      notifications.notifyUser(row.officer(), "FILING_NEAR", filing.projectCode(),
          filing.period() + " 月度进展今日到期，请填报");
      return;
    }
    timeline.record(filing.projectCode(), "FILING_OVERDUE", null, filing.period() + " 月度填报逾期（红灯）",
        filing.dueDate().toString());
    String text = "项目“" + row.name() + "”" + filing.period() + " 月度进展逾期未填报";
    notifications.notifyUser(row.officer(), "FILING_OVERDUE", filing.projectCode(), text);
    notifications.notifyUser(people.approver(row), "FILING_OVERDUE", filing.projectCode(), text);
  }

  private Filing filing(long filingId) {
    return jdbc.sql("select project_code, period, due_date from project_filing where id = :id").param("id", filingId)
        .query((rs, n) -> new Filing(rs.getString("project_code"), rs.getString("period"),
            rs.getObject("due_date", LocalDate.class)))
        .optional().orElseThrow(() -> new NotFound("project-filing", filingId));
  }

  private static Integer percent(Violations violations, Object percent) {
    return violations.whole(ProjectMilestonesProcess.PERCENT, percent, 0, 100, "project.percent.range");
  }

  /** A filing's project, month and due date. */
  private record Filing(String projectCode, String period, LocalDate dueDate) {
  }
}
