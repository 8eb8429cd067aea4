package org.steward.project;

import static org.steward.project.ProjectRows.shanghai;
import static org.steward.shared.Rows.instant;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.directory.DirectoryManagement;
import org.steward.directory.Enterprise;
import org.steward.directory.Officer;
import org.steward.notification.Notifications;
import org.steward.request.Caller;
import org.steward.request.NewRequest;
import org.steward.request.RequestIntake;
import org.steward.request.Submission;
import org.steward.shared.Cases;
import org.steward.shared.CaseSummary;
import org.steward.shared.InvalidInput;
import org.steward.shared.NotFound;
import org.steward.shared.StewardClock;
import org.steward.shared.Texts;
import org.steward.shared.Violations;
import org.steward.timeline.Timeline;

/**
 * Problems (卡点) that block a project's milestone: each runs as an {@code enterprise-request} case of the project's
 * enterprise, linked to the project, and is open while that case is.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class ProjectProblems {

  private static final Logger log = LoggerFactory.getLogger(ProjectProblems.class);

  private final JdbcClient jdbc;
  private final ProjectRows rows;
  private final DirectoryManagement directory;
  private final RequestIntake requests;
  private final Timeline timeline;
  private final Notifications notifications;
  private final Cases cases;

  /**
   * Reports a problem blocking a milestone not yet confirmed; it runs as an {@code enterprise-request} case of the
   * project's enterprise, linked to the project. The project's officer, a user of its enterprise or an administrator
   * may report. The request capability validates category, description and contact like any request.
   */
  public ProjectView.Problem reportProblem(String code, NewProblem problem, Caller caller) {
    ProjectRow row = rows.project(code);
    boolean enterprise = caller.isEnterprise() && directory.enterpriseOfUser(caller.userId()).map(Enterprise::id)
        .filter(id -> id == row.enterpriseId()).isPresent();
    if (caller.isEnterprise() && !enterprise && !caller.isAdmin()) {
      throw new NotFound("project", code);
    }
    if (!enterprise && !caller.isAdmin() && !caller.userId().equals(row.officer())) {
      throw new ProjectForbidden();
    }
    if (row.finishedAt() != null) {
      throw new ProjectFinished(code);
    }
    if (problem == null) {
      throw new InvalidInput("body", "NotNull");
    }
    Violations violations = new Violations();
    Milestone milestone = null;
    if (ProjectPeople.blank(problem.milestone())) {
      violations.add("milestone", "NotBlank");
    } else {
      milestone = Choices.of(violations, "milestone", Milestone.class, problem.milestone());
    }
    if (milestone != null && rows.milestone(code, milestone).actualDate() != null) {
      violations.add("milestone", "project.milestone.confirmed", milestone.label());
    }
    violations.throwIfAny();
    Optional<Officer> officer = directory.officer(row.officer());
    String contactName = ProjectPeople.blank(problem.contactName()) ? officer.map(Officer::name).orElse(null)
        : problem.contactName();
    String contactPhone = ProjectPeople.blank(problem.contactPhone()) ? officer.map(Officer::phone).orElse(null)
        : problem.contactPhone();
    String title = Texts.shorten("【项目卡点·" + milestone.label() + "】" + row.name(), 100);
    NewRequest request = new NewRequest(row.enterpriseId(), problem.category(), title, problem.description(),
        contactName, contactPhone, null, null);
    // the project's officer need not be the officer of its enterprise: the request capability asks ProjectOfficerRight
    Submission submission = requests.submit(request, caller, null);
    String caseNumber = submission.request().caseNumber();
    jdbc.sql("""
            insert into project_problem (project_code, milestone, category, description, case_number, reported_by,
              reported_at)
            values (:code, :milestone, :category, :description, :caseNumber, :by, :now)""")
        .param("code", code).param("milestone", milestone.name()).param("category", submission.request().category())
        .param("description", submission.request().description()).param("caseNumber", caseNumber)
        .param("by", caller.userId()).param("now", Timestamp.from(StewardClock.now())).update();
    timeline.record(code, "PROBLEM_REPORTED", caller.userId(), "报告卡点（阻碍" + milestone.label() + "），转为诉求 "
        + caseNumber, submission.request().description());
    timeline.record(caseNumber, "PROJECT_PROBLEM", caller.userId(), "本诉求为工业项目 " + code + " 的卡点（阻碍"
        + milestone.label() + "）", row.name());
    if (!caller.userId().equals(row.officer())) {
      notifications.notifyUser(row.officer(), "PROJECT_PROBLEM", code,
          "项目“" + row.name() + "”报告了卡点，已转为诉求 " + caseNumber);
    }
    log.info("Problem on project {} ({}) runs as request {}", code, milestone, caseNumber);
    return problems(code).stream().filter(p -> p.caseNumber().equals(caseNumber)).findFirst().orElseThrow();
  }

  /** The case numbers of the open problems blocking a milestone. */
  @Transactional(readOnly = true)
  List<String> openProblems(String code, Milestone milestone) {
    return problems(code).stream().filter(p -> p.open() && p.milestone() == milestone)
        .map(ProjectView.Problem::caseNumber).toList();
  }

  /** The project's problems, oldest first. */
  List<ProjectView.Problem> problems(String code) {
    return jdbc.sql("select * from project_problem where project_code = :code order by id").param("code", code)
        .query((rs, n) -> new ProjectView.Problem(rs.getLong("id"), Milestone.valueOf(rs.getString("milestone")),
            rs.getString("category"), rs.getString("description"), rs.getString("case_number"),
            isOpen(rs.getString("case_number")), rs.getString("reported_by"), shanghai(instant(rs, "reported_at"))))
        .list();
  }

  /** A problem is open while its case is, as the capability that owns the case says. */
  private boolean isOpen(String caseNumber) {
    return cases.find(caseNumber).map(CaseSummary::open).orElse(true);
  }
}
