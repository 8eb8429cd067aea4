package org.steward.jointoffice;

import static org.steward.jointoffice.JointOffice.actor;
import static org.steward.shared.Texts.shorten;

import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.directory.Department;
import org.steward.directory.DirectoryManagement;
import org.steward.handling.Handovers;
import org.steward.shared.InvalidInput;
import org.steward.shared.StewardClock;
import org.steward.shared.Violations;
import org.steward.timeline.Timeline;

/**
 * The office's analysis (分析研判) of an escalation: what the form chooses from, the check of the analysis, and carrying
 * it out: arbitrate, decide, link to a common issue, or convene a joint meeting.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class EscalationAnalysis {

  // texts bound to the forms' fields are process variables: at most what the engine stores in one
  static final int MAX_RESOLUTION = Violations.MAX_VARIABLE_TEXT;

  private final Escalations escalations;
  private final OfficeTransitions transitions;
  private final CommonIssues issues;
  private final JointMeetings meetings;
  private final Handovers handovers;
  private final DirectoryManagement directory;
  private final Timeline timeline;

  /**
   * What the analysis form chooses from besides the case: every department (code to name) and the open common issues
   * (number to "number title（已关联 n 件）"), in the directory's and the issues' order.
   */
  public record AnalysisContext(Escalation escalation, Map<String, String> departments,
      Map<String, String> openCommonIssues) {
  }

  /** The escalation with the departments and the open common issues, for the office's analysis. */
  @Transactional(readOnly = true)
  public AnalysisContext analysisContext(long escalationId) {
    Map<String, String> departments = new LinkedHashMap<>();
    directory.departments().forEach(d -> departments.put(d.code(), d.name()));
    Map<String, String> open = new LinkedHashMap<>();
    issues.open().forEach(i -> open.put(i.number(), i.number() + " " + i.title() + "（已关联 " + i.linkedCases() + " 件）"));
    return new AnalysisContext(escalations.escalation(escalationId), departments, open);
  }

  /**
   * Checks the office's analysis as {@link #analyse} would, without writing anything.
   *
   * @throws InvalidInput naming each bad field of {@link AnalysisInput}; {@link EscalationClosed} when the escalation
   *     is not at analysis
   */
  @Transactional(readOnly = true)
  public void checkAnalysis(long escalationId, AnalysisInput input) {
    checked(escalations.escalation(escalationId), input);
  }

  /**
   * Carries out the office's analysis: ARBITRATE and DECIDE close the escalation (a common issue's DECIDE also resolves
   * the issue and every case linked to it), COMMON_ISSUE links the case to an open or a new common issue and leaves it
   * waiting, JOINT_MEETING convenes the departments for their positions.
   */
  public Analysis analyse(long escalationId, AnalysisInput input, String byUser) {
    Escalation escalation = escalations.escalation(escalationId);
    Checked checked = checked(escalation, input);
    return switch (checked.action()) {
      case ARBITRATE -> arbitrate(escalation, checked, byUser);
      case DECIDE -> {
        String resolution = escalations.resolve(escalation, EscalationTransition.DECIDE, AnalysisAction.DECIDE,
            checked.resolution(), byUser);
        timeline.record(escalation.caseNumber(), "JOINT_OFFICE_DECIDED", actor(byUser), "联席会议办公室作出决定",
            checked.resolution());
        yield new Analysis(checked.action(), Escalation.RESOLVED, null, null, null, resolution, null, null, null, null,
            null, null);
      }
      case COMMON_ISSUE -> {
        String number = issues.link(escalation, checked.issueNumber(), checked.newTitle(), checked.newDescription(),
            byUser);
        yield new Analysis(checked.action(), null, null, null, null, null, number, null, null, null, null, null);
      }
      case JOINT_MEETING -> meetings.convene(escalation, checked.meetingDepartments(), checked.positionTimeLimit(),
          byUser);
    };
  }

  private Analysis arbitrate(Escalation escalation, Checked checked, String byUser) {
    String cooperating = String.join(",", checked.cooperating());
    Map<String, Object> columns = new LinkedHashMap<>();
    columns.put("action", checked.action().name());
    columns.put("outcome", Escalation.ARBITRATED);
    columns.put("lead_department", checked.lead());
    columns.put("cooperating_departments", cooperating);
    columns.put("time_limit", checked.timeLimit());
    columns.put("closed_at", Timestamp.from(StewardClock.now()));
    columns.put("closed_by", actor(byUser));
    transitions.make(escalation.id(), EscalationTransition.ARBITRATE, columns);
    Map<String, String> names = departmentNames();
    String others = checked.cooperating().stream().map(names::get).collect(Collectors.joining("、"));
    timeline.record(escalation.caseNumber(), "ARBITRATED", actor(byUser), shorten("联席会议办公室仲裁：" + names.get(
        checked.lead()) + "牵头" + (others.isEmpty() ? "" : "，" + others + "配合") + "，时限 " + checked.timeLimit()
        + " 个工作日", 200), null);
    return new Analysis(checked.action(), Escalation.ARBITRATED, checked.lead(), cooperating, checked.timeLimit(),
        null, null, null, null, null, null, null);
  }

  private Checked checked(Escalation escalation, AnalysisInput input) {
    if (escalation.state() != EscalationState.ANALYSING) {
      throw new EscalationClosed(escalation.id(), escalation.state());
    }
    Violations violations = new Violations();
    AnalysisAction action = JointOffice.parse(AnalysisAction.class, input.action(), "action",
        "jointoffice.action.unknown", violations);
    if (action == null) {
      violations.throwIfAny();
    }
    if (escalation.isCommonIssue() && (action == AnalysisAction.ARBITRATE || action == AnalysisAction.COMMON_ISSUE)) {
      violations.add("action", "jointoffice.action.cases-only");
      violations.throwIfAny();
    }
    Checked checked = switch (action) {
      case ARBITRATE -> {
        String lead = input.leadDepartment() == null ? null : input.leadDepartment().strip();
        List<String> cooperating = input.cooperatingDepartments();
        int timeLimit = input.timeLimit() == null ? 0 : input.timeLimit();
        try {
          handovers.checkHandover(lead, cooperating, timeLimit);
        } catch (InvalidInput invalid) {
          invalid.violations().forEach(v -> violations.add(v.field(), v.code(), v.args()));
        }
        yield new Checked(action, lead, cooperating, timeLimit, null, null, null, null, null, 0);
      }
      case DECIDE -> new Checked(action, null, null, null,
          violations.text("resolution", input.resolution(), MAX_RESOLUTION), null, null, null, null, 0);
      case COMMON_ISSUE -> checkedIssue(escalation, input, violations);
      case JOINT_MEETING -> {
        MeetingDepartments.check(input.meetingDepartments(), departmentNames().keySet(), input.positionTimeLimit(),
            violations);
        yield new Checked(action, null, null, null, null, null, null, null, List.copyOf(input.meetingDepartments()),
            input.positionTimeLimit() == null ? 0 : input.positionTimeLimit());
      }
    };
    violations.throwIfAny();
    return checked;
  }

  private Checked checkedIssue(Escalation escalation, AnalysisInput input, Violations violations) {
    String number = input.commonIssueNumber() == null ? "" : input.commonIssueNumber().strip();
    if (!number.isEmpty()) {
      Optional<CommonIssue> issue = issues.byNumber(number);
      if (issue.isEmpty()) {
        violations.add("commonIssueNumber", "jointoffice.common-issue.unknown", number);
      } else if (issue.get().state() != CommonIssueState.OPEN) {
        violations.add("commonIssueNumber", "jointoffice.common-issue.resolved", number);
      } else if (issues.isLinked(issue.get().id(), escalation.caseNumber())) {
        violations.add("commonIssueNumber", "jointoffice.common-issue.already-linked", number);
      }
      return new Checked(AnalysisAction.COMMON_ISSUE, null, null, null, null, number, null, null, null, 0);
    }
    String title = violations.line("newIssueTitle", input.newIssueTitle(), CommonIssues.MAX_TITLE);
    String description = violations.text("newIssueDescription", input.newIssueDescription(), JointOffice.MAX_VARIABLE);
    return new Checked(AnalysisAction.COMMON_ISSUE, null, null, null, null, null, title, description, null, 0);
  }

  private Map<String, String> departmentNames() {
    return directory.departments().stream().collect(Collectors.toMap(Department::code, Department::name));
  }

  /** An analysis whose fields passed the rules. */
  private record Checked(AnalysisAction action, String lead, List<String> cooperating, Integer timeLimit,
      String resolution, String issueNumber, String newTitle, String newDescription, List<String> meetingDepartments,
      int positionTimeLimit) {
  }
}
