package org.steward.visit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.attachment.AttachmentSource;
import org.steward.attachment.AttachmentView;
import org.steward.attachment.Attachments;
import org.steward.attachment.Upload;
import org.steward.directory.StewardGroups;
import org.steward.request.Caller;
import org.steward.request.Channel;
import org.steward.request.NewRequest;
import org.steward.request.RequestIntake;
import org.steward.shared.InvalidInput;
import org.steward.shared.NotFound;
import org.steward.shared.StateMoves;
import org.steward.shared.StewardClock;
import org.steward.shared.Texts;
import org.steward.shared.Violations;
import org.steward.timeline.Timeline;

/**
 * Visit records: the officer records the visit by completing its task (checked here; a refusal keeps the task open),
 * adds photos, and raises each problem found as a request on behalf of the enterprise, linked to the visit. An
 * officer reaches only its own visits; supervisors and administrators read every visit.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class Visits {

  /** The case number under which a visit keeps its timeline and photos. */
  public static final String CASE_PREFIX = "VISIT-";
  static final int MAX_PEOPLE = 500;
  static final int MAX_SITUATION = 4000;
  static final int MAX_PROBLEMS = 4000;
  static final int MAX_PROBLEM_COUNT = 20;
  static final int MAX_TITLE = 100;
  /** A visit with its enterprise's and officer's names. */
  private static final String SELECT = """
      select v.*, e.name, coalesce(o.name, v.officer_id) as officer_name from visit v
        join directory_enterprise e on e.id = v.enterprise_id
        left join directory_officer o on o.id = v.officer_id
      """;

  private final JdbcClient jdbc;
  private final Attachments attachments;
  private final RequestIntake intake;
  private final Timeline timeline;

  /** The visit's state: planned and open, or recorded. */
  enum VisitState {
    OPEN, DONE
  }

  /**
   * Records visit {@code visitId}: the date (not in the future, not before its cycle), the mode, the people met, the
   * enterprise's situation and the problems found, one per line (optional, at most 20).
   *
   * @throws InvalidInput (visitDate, mode, peopleMet, situation, problems)
   * @throws NotFound when the visit is not open
   */
  public void record(long visitId, String visitDate, String mode, String peopleMet, String situation,
      String problems, String byUser) {
    LocalDate periodStart = jdbc.sql("select period_start from visit where id = :id").param("id", visitId)
        .query(LocalDate.class).optional().orElseThrow(() -> new NotFound("visit", visitId));
    Violations violations = new Violations();
    LocalDate date = violations.date("visitDate", visitDate);
    if (date != null && date.isAfter(StewardClock.today())) {
      violations.add("visitDate", "visit.date.future");
    } else if (date != null && date.isBefore(periodStart)) {
      violations.add("visitDate", "visit.date.beforeCycle", periodStart);
    }
    VisitMode chosen = choice(violations, "mode", VisitMode.class, mode, "visit.mode.unknown");
    String people = violations.line("peopleMet", peopleMet, MAX_PEOPLE);
    String text = violations.text("situation", situation, MAX_SITUATION);
    String found = violations.optionalText("problems", problems, MAX_PROBLEMS);
    List<String> list = problemsOf(found);
    if (list.size() > MAX_PROBLEM_COUNT) {
      violations.add("problems", "visit.problems.tooMany", MAX_PROBLEM_COUNT);
    }
    violations.throwIfAny();
    Map<String, Object> values = new HashMap<>();
    values.put("visited_on", date);
    values.put("mode", chosen.name());
    values.put("people_met", people);
    values.put("situation", text);
    values.put("problems", String.join("\n", list));
    values.put("recorded_by", byUser);
    values.put("recorded_at", Timestamp.from(StewardClock.now()));
    if (!StateMoves.move(jdbc, "visit", visitId, VisitState.DONE, Set.of(VisitState.OPEN), values)) {
      throw new NotFound("visit", visitId);
    }
    timeline.record(CASE_PREFIX + visitId, "VISIT_RECORDED", byUser, "记录走访（" + chosen.label() + "）",
        text + (list.isEmpty() ? "" : "\n发现问题：" + String.join("；", list)));
  }

  /** A required choice of {@code type} by its name; null (and a violation of {@code field}) when missing or unknown. */
  static <E extends Enum<E>> E choice(Violations violations, String field, Class<E> type, String value,
      String unknownCode) {
    if (value == null || value.isBlank()) {
      violations.add(field, "NotBlank");
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip());
    } catch (IllegalArgumentException e) {
      violations.add(field, unknownCode);
      return null;
    }
  }

  /** The problems of a record, one per non-blank line, trimmed. */
  static List<String> problemsOf(String problems) {
    if (problems == null) {
      return List.of();
    }
    return Arrays.stream(problems.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
  }

  /** One visit for its officer, a supervisor or an administrator; 404 for another officer. */
  @Transactional(readOnly = true)
  public VisitView view(long visitId, Caller caller) {
    VisitView visit = find(visitId);
    checkRead(visit, caller);
    return visit;
  }

  /** The caller's own visits (an officer's), open first, then the latest. */
  @Transactional(readOnly = true)
  public List<VisitView> mine(Caller caller) {
    checkStaff(caller);
    return jdbc.sql("select id from visit where officer_id = :officer order by state desc, due_date desc, id desc")
        .param("officer", caller.userId()).query(Long.class).list().stream().map(this::find).toList();
  }

  /**
   * The visits of an enterprise, latest first (its history of visits): for its officers, supervisors and
   * administrators; an officer sees the visits it made.
   */
  @Transactional(readOnly = true)
  public List<VisitView> ofEnterprise(long enterpriseId, Caller caller) {
    checkStaff(caller);
    return jdbc.sql("select id from visit where enterprise_id = :enterprise order by period_start desc, id desc")
        .param("enterprise", enterpriseId).query(Long.class).list().stream().map(this::find)
        .filter(visit -> mayRead(visit, caller)).toList();
  }

  /** Adds photos to a visit: its officer or an administrator. */
  public List<AttachmentView> addPhotos(long visitId, List<Upload> uploads, Caller caller) {
    VisitView visit = find(visitId);
    checkAct(visit, caller);
    if (uploads.isEmpty()) {
      throw new InvalidInput("files", "NotEmpty");
    }
    List<AttachmentView> added = attachments.add(CASE_PREFIX + visitId, AttachmentSource.STAFF, caller.userId(),
        uploads);
    timeline.record(CASE_PREFIX + visitId, "ATTACHMENTS_ADDED", caller.userId(), "上传走访照片",
        String.join("、", added.stream().map(AttachmentView::fileName).toList()));
    return added;
  }

  /** A photo of a visit the caller may read. */
  @Transactional(readOnly = true)
  public AttachmentView photo(long visitId, long photoId, Caller caller) {
    VisitView visit = view(visitId, caller);
    return visit.photos().stream().filter(p -> p.id() == photoId).findFirst()
        .orElseThrow(() -> new NotFound("attachment", photoId));
  }

  /**
   * Raises problem {@code problemNo} (from 1) of a recorded visit as a request of the visited enterprise (channel
   * 走访), linked to the visit; {@code request} gives its category, contact and urgency, and may give its title and
   * description (by default the problem). Answers the case number.
   *
   * @throws NotFound when the visit is not the caller's, not recorded, or has no such problem
   * @throws VisitProblemRaised when the problem has become a request already
   * @throws InvalidInput naming every bad field of the request
   */
  public String raise(long visitId, int problemNo, NewRequest request, Caller caller) {
    VisitView visit = find(visitId);
    checkAct(visit, caller);
    VisitView.Problem problem = visit.problems().stream().filter(p -> p.no() == problemNo).findFirst()
        .orElseThrow(() -> new NotFound("visit-problem", visitId + "/" + problemNo));
    if (problem.caseNumber() != null) {
      throw new VisitProblemRaised(visitId, problemNo, problem.caseNumber());
    }
    NewRequest given = request == null ? new NewRequest(null, null, null, null, null, null, null, null) : request;
    NewRequest forEnterprise = new NewRequest(visit.enterpriseId(), given.category(),
        blank(given.title()) ? Texts.shorten(problem.text(), MAX_TITLE) : given.title(),
        blank(given.description()) ? "走访（" + visit.visitedOn() + "）发现的问题：" + problem.text()
            : given.description(),
        given.contactName(), given.contactPhone(), blank(given.urgency()) ? "NORMAL" : given.urgency(),
        Channel.VISIT.name());
    String caseNumber = intake.submit(forEnterprise, caller, null).request().caseNumber();
    jdbc.sql("""
            insert into visit_request (visit_id, problem_no, case_number, raised_by, created_at)
            values (:visit, :no, :case, :by, :now)""")
        .param("visit", visitId).param("no", problemNo).param("case", caseNumber).param("by", caller.userId())
        .param("now", Timestamp.from(StewardClock.now())).update();
    timeline.record(caseNumber, "RAISED_FROM_VISIT", caller.userId(), "由走访发现的问题提出",
        "走访 " + visit.visitedOn() + "（" + visit.modeLabel() + "）：" + problem.text());
    timeline.record(CASE_PREFIX + visitId, "PROBLEM_RAISED", caller.userId(), "问题转为诉求 " + caseNumber,
        problem.text());
    return caseNumber;
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  private VisitView find(long visitId) {
    Map<Integer, String> raised = raised(List.of(visitId)).getOrDefault(visitId, Map.of());
    return jdbc.sql(SELECT + " where v.id = :id").param("id", visitId)
        .query((rs, n) -> row(rs, raised)).optional()
        .map(v -> v.withPhotos(attachments.of(CASE_PREFIX + visitId)))
        .orElseThrow(() -> new NotFound("visit", visitId));
  }

  /**
   * The enterprise's recorded visits, the latest visit first, {@code size} of them from {@code offset}; without their
   * photos, which only the officer's own record shows. For {@link VisitHistory}, which decides what each reader sees.
   */
  List<VisitView> recorded(long enterpriseId, int offset, int size) {
    List<VisitView> found = jdbc.sql(SELECT + """
             where v.enterprise_id = :enterprise and v.state = 'DONE'
             order by v.visited_on desc, v.id desc offset :offset rows fetch next :size rows only""")
        .param("enterprise", enterpriseId).param("offset", offset).param("size", size)
        .query((rs, n) -> row(rs, Map.of())).list();
    if (found.isEmpty()) {
      return found;
    }
    Map<Long, Map<Integer, String>> raised = raised(found.stream().map(VisitView::id).toList());
    return found.stream().map(v -> v.withRaised(raised.getOrDefault(v.id(), Map.of()))).toList();
  }

  /** How many visits of the enterprise are recorded. */
  long recordedCount(long enterpriseId) {
    return jdbc.sql("select count(*) from visit where enterprise_id = :enterprise and state = 'DONE'")
        .param("enterprise", enterpriseId).query(Long.class).single();
  }

  /** The enterprise's visit planned and not yet recorded, if any (planning opens one at a time), without photos. */
  Optional<VisitView> planned(long enterpriseId) {
    return jdbc.sql(SELECT + """
             where v.enterprise_id = :enterprise and v.state = 'OPEN'
             order by v.due_date desc, v.id desc fetch first 1 rows only""")
        .param("enterprise", enterpriseId)
        .query((rs, n) -> row(rs, Map.of())).optional();
  }

  /** The case raised from each problem of the given visits, by visit and problem number. */
  private Map<Long, Map<Integer, String>> raised(List<Long> visitIds) {
    Map<Long, Map<Integer, String>> raised = new HashMap<>();
    jdbc.sql("select visit_id, problem_no, case_number from visit_request where visit_id in (:ids)")
        .param("ids", visitIds)
        .query(rs -> {
          raised.computeIfAbsent(rs.getLong("visit_id"), id -> new HashMap<>())
              .put(rs.getInt("problem_no"), rs.getString("case_number"));
        });
    return raised;
  }

  /** A visit of {@link #SELECT}, the problems with the cases raised from them, without photos. */
  private static VisitView row(ResultSet rs, Map<Integer, String> raised) throws SQLException {
    VisitCycle cycle = VisitCycle.valueOf(rs.getString("cycle"));
    VisitMode mode = rs.getString("mode") == null ? null : VisitMode.valueOf(rs.getString("mode"));
    return new VisitView(rs.getLong("id"), rs.getLong("enterprise_id"), rs.getString("name"),
        rs.getString("officer_id"), rs.getString("officer_name"), cycle, cycle.label(),
        rs.getObject("period_start", LocalDate.class), rs.getString("state"), rs.getObject("due_date", LocalDate.class),
        rs.getString("light"), rs.getObject("visited_on", LocalDate.class), mode, mode == null ? null : mode.label(),
        rs.getString("people_met"), rs.getString("situation"),
        VisitView.problems(problemsOf(rs.getString("problems")), raised), List.of());
  }

  private static boolean mayRead(VisitView visit, Caller caller) {
    return caller.isAdmin() || caller.groups().contains(StewardGroups.SUPERVISORS)
        || caller.userId().equals(visit.officerId());
  }

  private static void checkStaff(Caller caller) {
    if (!caller.isAdmin() && !caller.isOfficer() && !caller.groups().contains(StewardGroups.SUPERVISORS)) {
      throw new VisitForbidden();
    }
  }

  private static void checkRead(VisitView visit, Caller caller) {
    checkStaff(caller);
    if (!mayRead(visit, caller)) {
      throw new NotFound("visit", visit.id());
    }
  }

  private static void checkAct(VisitView visit, Caller caller) {
    checkStaff(caller);
    if (!caller.isAdmin() && !caller.userId().equals(visit.officerId())) {
      throw new NotFound("visit", visit.id());
    }
  }
}
