package org.steward.forum;

import static org.steward.shared.Rows.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.directory.DirectoryManagement;
import org.steward.directory.Enterprise;
import org.steward.directory.StewardGroups;
import org.steward.request.Caller;
import org.steward.request.Categories;
import org.steward.request.NewRequest;
import org.steward.request.RequestIntake;
import org.steward.shared.InvalidInput;
import org.steward.shared.NotFound;
import org.steward.shared.StewardClock;
import org.steward.shared.Violations;

/**
 * 座谈会 / 政企面对面: an officer records a meeting with enterprises and the problems each raised there; raising them
 * turns every problem into a request of its enterprise, all in one transaction or none, each linked to the meeting.
 * The host, supervisors, the joint office and administrators read a meeting.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class Forums {

  static final int MAX_ENTERPRISES = 50;
  static final int MAX_PROBLEMS = 100;
  static final int MAX_MINUTES = 8000;
  static final int MAX_TITLE = 200;
  static final int MAX_PLACE = 200;
  private static final Set<String> READERS = Set.of(StewardGroups.SUPERVISORS, StewardGroups.JOINT_OFFICE);

  private final JdbcClient jdbc;
  private final DirectoryManagement directory;
  private final Categories categories;
  private final RequestIntake intake;

  /** Records a meeting held by the caller. @throws InvalidInput naming every bad field; nothing is stored */
  public ForumView record(NewForum forum, Caller caller) {
    if (!caller.isOfficer() && !caller.isAdmin()) {
      throw new ForumForbidden();
    }
    if (forum == null) {
      throw new InvalidInput("body", "NotNull");
    }
    Violations violations = new Violations();
    String title = violations.line("title", forum.title(), MAX_TITLE);
    LocalDate heldOn = violations.date("heldOn", forum.heldOn());
    if (heldOn != null && heldOn.isAfter(StewardClock.today())) {
      violations.add("heldOn", "forum.heldOn.future");
    }
    String place = violations.line("place", forum.place(), MAX_PLACE);
    String minutes = violations.text("minutes", forum.minutes(), MAX_MINUTES);
    Set<Long> present = attendees(violations, forum.enterpriseIds());
    List<NewForum.Problem> problems = problems(violations, forum.problems(), present);
    violations.throwIfAny();
    var key = new GeneratedKeyHolder();
    jdbc.sql("""
            insert into forum_meeting (title, held_on, place, minutes, host_id, created_at)
            values (:title, :heldOn, :place, :minutes, :host, :now)""")
        .param("title", title).param("heldOn", heldOn).param("place", place).param("minutes", minutes)
        .param("host", caller.userId()).param("now", Timestamp.from(StewardClock.now())).update(key, "id");
    long id = key.getKey().longValue();
    present.forEach(enterprise -> jdbc.sql("insert into forum_attendee (meeting_id, enterprise_id) values (:id, :e)")
        .param("id", id).param("e", enterprise).update());
    for (int i = 0; i < problems.size(); i++) {
      NewForum.Problem problem = problems.get(i);
      jdbc.sql("""
              insert into forum_problem (meeting_id, enterprise_id, position, category, title, description,
                contact_name, contact_phone)
              values (:id, :enterprise, :position, :category, :title, :description, :name, :phone)""")
          .param("id", id).param("enterprise", problem.enterpriseId()).param("position", i)
          .param("category", problem.category()).param("title", problem.title())
          .param("description", problem.description()).param("name", problem.contactName())
          .param("phone", problem.contactPhone()).update();
    }
    return view(id);
  }

  /**
   * Raises every problem of meeting {@code id} as a request of its enterprise, submitted by the caller (its host or an
   * administrator), linked to the meeting; all or none: a problem the request's rules refuse is named
   * {@code problems[i].<field>} and nothing is raised. Answers the case numbers in the problems' order.
   *
   * @throws ForumAlreadyRaised when they were raised already
   */
  public List<String> raise(long id, Caller caller) {
    ForumView forum = view(id);
    if (!caller.isAdmin() && !forum.hostId().equals(caller.userId())) {
      throw new ForumForbidden();
    }
    if (jdbc.sql("update forum_meeting set raised_at = :now where id = :id and raised_at is null")
        .param("now", Timestamp.from(StewardClock.now())).param("id", id).update() == 0) {
      throw new ForumAlreadyRaised(id);
    }
    List<String> cases = new ArrayList<>();
    List<StoredProblem> problems = jdbc.sql("""
            select id, enterprise_id, category, title, description, contact_name, contact_phone from forum_problem
            where meeting_id = :id order by position""").param("id", id)
        .query((rs, n) -> new StoredProblem(rs.getLong("id"), new NewRequest(rs.getLong("enterprise_id"),
            rs.getString("category"), rs.getString("title"), rs.getString("description"),
            rs.getString("contact_name"), rs.getString("contact_phone"), null, null))).list();
    for (int i = 0; i < problems.size(); i++) {
      String caseNumber;
      try {
        caseNumber = intake.submit(problems.get(i).request(), caller, null).request().caseNumber();
      } catch (InvalidInput e) {
        String prefix = "problems[" + i + "].";
        throw new InvalidInput(e.violations().stream()
            .map(v -> new InvalidInput.FieldViolation(prefix + v.field(), v.code(), v.args())).toList());
      }
      jdbc.sql("update forum_problem set case_number = :case where id = :id").param("case", caseNumber)
          .param("id", problems.get(i).id()).update();
      cases.add(caseNumber);
    }
    return cases;
  }

  /** A meeting, for its host, supervisors, the joint office and administrators. */
  @Transactional(readOnly = true)
  public ForumView view(long id, Caller caller) {
    ForumView forum = view(id);
    if (!caller.isAdmin() && !forum.hostId().equals(caller.userId())
        && caller.groups().stream().noneMatch(READERS::contains)) {
      throw new ForumForbidden();
    }
    return forum;
  }

  /** The meetings the caller may read, newest first. */
  @Transactional(readOnly = true)
  public List<ForumView> list(Caller caller) {
    boolean all = caller.isAdmin() || caller.groups().stream().anyMatch(READERS::contains);
    return jdbc.sql("select id from forum_meeting where :all or host_id = :user order by held_on desc, id desc")
        .param("all", all).param("user", caller.userId()).query(Long.class).list().stream().map(this::view).toList();
  }

  private ForumView view(long id) {
    List<ForumView.Attendee> attendees = jdbc.sql("""
            select a.enterprise_id, e.name from forum_attendee a join directory_enterprise e on e.id = a.enterprise_id
            where a.meeting_id = :id order by e.name""").param("id", id)
        .query((rs, n) -> new ForumView.Attendee(rs.getLong("enterprise_id"), rs.getString("name"))).list();
    List<ForumView.Problem> problems = jdbc.sql("""
            select p.*, e.name as enterprise_name from forum_problem p
            join directory_enterprise e on e.id = p.enterprise_id where p.meeting_id = :id order by p.position""")
        .param("id", id).query(this::problem).list();
    return jdbc.sql("select * from forum_meeting where id = :id").param("id", id)
        .query((rs, n) -> {
          Instant raised = instant(rs, "raised_at");
          return new ForumView(id, rs.getString("title"), rs.getObject("held_on", LocalDate.class),
              rs.getString("place"), rs.getString("minutes"), rs.getString("host_id"),
              directory.userName(rs.getString("host_id")), attendees, problems,
              raised == null ? null : raised.atZone(StewardClock.ZONE).toOffsetDateTime());
        })
        .optional().orElseThrow(() -> new NotFound("forum", id));
  }

  private ForumView.Problem problem(ResultSet rs, int n) throws SQLException {
    return new ForumView.Problem(rs.getLong("id"), rs.getLong("enterprise_id"), rs.getString("enterprise_name"),
        rs.getString("category"), rs.getString("title"), rs.getString("description"), rs.getString("case_number"));
  }

  private Set<Long> attendees(Violations violations, List<Long> ids) {
    Set<Long> present = new LinkedHashSet<>();
    if (ids == null || ids.isEmpty()) {
      violations.add("enterpriseIds", "NotEmpty");
      return present;
    }
    if (ids.size() > MAX_ENTERPRISES) {
      violations.add("enterpriseIds", "forum.tooMany", MAX_ENTERPRISES);
      return present;
    }
    for (int i = 0; i < ids.size(); i++) {
      Long id = ids.get(i);
      if (id == null || directory.enterprise(id).map(Enterprise::id).isEmpty()) {
        violations.add("enterpriseIds[" + i + "]", "forum.unknownEnterprise", id);
      } else {
        present.add(id);
      }
    }
    return present;
  }

  /** The problems, checked: each of an enterprise present, with a known category and the request's texts. */
  private List<NewForum.Problem> problems(Violations violations, List<NewForum.Problem> given, Set<Long> present) {
    List<NewForum.Problem> checked = new ArrayList<>();
    if (given == null) {
      return checked;
    }
    if (given.size() > MAX_PROBLEMS) {
      violations.add("problems", "forum.tooMany", MAX_PROBLEMS);
      return checked;
    }
    for (int i = 0; i < given.size(); i++) {
      String at = "problems[" + i + "].";
      NewForum.Problem problem = given.get(i);
      if (problem == null) {
        violations.add("problems[" + i + "]", "NotNull");
        continue;
      }
      if (problem.enterpriseId() == null || !present.contains(problem.enterpriseId())) {
        violations.add(at + "enterpriseId", "forum.problem.notPresent");
      }
      String category = problem.category() == null ? null : problem.category().strip();
      if (category == null || category.isEmpty()) {
        violations.add(at + "category", "NotBlank");
      } else if (categories.byCode(category).isEmpty()) {
        violations.add(at + "category", "forum.problem.unknownCategory", category);
      }
      String phone = violations.line(at + "contactPhone", problem.contactPhone(), NewRequest.MAX_CONTACT_PHONE);
      if (phone != null && !NewRequest.PHONE.matcher(phone).matches()) {
        violations.add(at + "contactPhone", "request.contactPhone.format");
      }
      checked.add(new NewForum.Problem(problem.enterpriseId(), category,
          violations.line(at + "title", problem.title(), NewRequest.MAX_TITLE),
          violations.text(at + "description", problem.description(), NewRequest.MAX_DESCRIPTION),
          violations.line(at + "contactName", problem.contactName(), NewRequest.MAX_CONTACT_NAME), phone));
    }
    return checked;
  }

  private record StoredProblem(long id, NewRequest request) {
  }
}
