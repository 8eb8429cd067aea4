package org.steward.request;

import java.sql.Timestamp;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.directory.Department;
import org.steward.directory.DirectoryManagement;
import org.steward.directory.Officer;
import org.steward.shared.NotFound;
import org.steward.shared.StewardClock;
import org.steward.shared.Violations;
import org.steward.supervision.SupervisionManagement;
import org.steward.timeline.Timeline;

/**
 * The officer's own steps of a case: the routing suggestion, signing for it with the first answer, resolving it on the
 * spot, the reply ({@link RequestReplied} either way) and a supervisor's 督办 on it.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class RequestSteps {

  private final DirectoryManagement directory;
  private final Timeline timeline;
  private final SupervisionManagement supervision;
  private final RequestRows rows;
  private final RequestTransitions transitions;
  private final ApplicationEventPublisher events;

  /** The routing table's suggestion, recorded on the timeline. */
  public Routing recordRouting(String caseNumber, String leadDepartment, List<String> cooperating, Object timeLimit) {
    rows.row(caseNumber);
    int limit = timeLimit instanceof Number n ? n.intValue() : Integer.parseInt(String.valueOf(timeLimit));
    timeline.record(caseNumber, "ROUTED", Timeline.SYSTEM, "系统建议办理部门",
        "牵头部门：" + departmentName(leadDepartment) + "；配合部门：" + (cooperating.isEmpty() ? "无"
            : cooperating.stream().map(this::departmentName).collect(Collectors.joining("、")))
            + "；时限：" + limit + " 个工作日");
    return new Routing(leadDepartment, cooperating, limit);
  }

  /**
   * What the officer deciding how to handle a case chooses from, as the directory stands now: departments (code to
   * name) and officers to convene (user id to name; a name two officers share carries the user id).
   */
  public HandlingChoices handlingChoices() {
    Map<String, String> departments = new LinkedHashMap<>();
    directory.departments().forEach(d -> departments.put(d.code(), d.name()));
    List<Officer> officers = directory.officers();
    Map<String, Long> named = officers.stream().collect(Collectors.groupingBy(Officer::name, Collectors.counting()));
    Map<String, String> officerNames = new LinkedHashMap<>();
    officers.forEach(o -> officerNames.put(o.id(),
        named.get(o.name()) > 1 ? o.name() + "（" + o.id() + "）" : o.name()));
    return new HandlingChoices(departments, officerNames);
  }

  /**
   * The officer signed for the case and gave the first answer. A case from the officers' queue becomes the signer's
   * (with the signer's supervisor); answers who the case's officer and supervisor are now.
   */
  public Acknowledgement acknowledge(String caseNumber, String byUser, String firstAnswer) {
    RequestRow row = rows.row(caseNumber);
    Violations violations = new Violations();
    String answer = violations.text("firstAnswer", firstAnswer, RequestManagement.MAX_FIRST_ANSWER);
    violations.throwIfAny();
    String officer = row.officer() != null ? row.officer() : byUser;
    String supervisor = row.officer() != null ? row.supervisor()
        : directory.supervisorOf(officer).map(Officer::id).orElse(null);
    Map<String, Object> signed = new HashMap<>();
    signed.put("acknowledged_at", Timestamp.from(StewardClock.now()));
    signed.put("first_answer", answer);
    signed.put("officer_id", officer);
    signed.put("supervisor_id", supervisor);
    transitions.make(caseNumber, RequestTransition.SIGN_FOR, signed);
    timeline.record(caseNumber, "ACKNOWLEDGED", byUser, "签收诉求并首次答复", answer);
    return new Acknowledgement(officer, supervisor);
  }

  /** The officer resolved the request on the spot: outcome RESOLVED_DIRECTLY, the answer is the reply. */
  public void resolveDirectly(String caseNumber, String answer, String byUser) {
    Violations violations = new Violations();
    String reply = violations.text("answer", answer, Violations.MAX_VARIABLE_TEXT);
    violations.throwIfAny();
    transitions.make(caseNumber, RequestTransition.RESOLVE_DIRECTLY, Map.of("outcome", Outcome.RESOLVED_DIRECTLY.name(),
        "reply", reply, "replied_at", Timestamp.from(StewardClock.now())));
    events.publishEvent(new RequestReplied(caseNumber, reply, byUser, true));
  }

  /** The officer replied to the enterprise; the return visit follows. */
  public void recordReply(String caseNumber, String reply, String byUser) {
    Violations violations = new Violations();
    String text = violations.text("reply", reply, Violations.MAX_VARIABLE_TEXT);
    violations.throwIfAny();
    transitions.make(caseNumber, RequestTransition.REPLY,
        Map.of("reply", text, "replied_at", Timestamp.from(StewardClock.now())));
    events.publishEvent(new RequestReplied(caseNumber, text, byUser, false));
  }

  /**
   * A supervisor dealt with a supervision item of the case (督办 task completed).
   *
   * @throws NotFound ({@code supervision-item}) when the item is not one of this case's
   */
  public void closeSupervision(String caseNumber, long itemId, String byUser, String note) {
    if (!supervision.item(itemId).caseNumber().equals(caseNumber)) {
      throw new NotFound("supervision-item", itemId);
    }
    supervision.close(itemId, byUser, note);
    timeline.record(caseNumber, "SUPERVISED", byUser, "督办", note);
  }

  /** The routing suggestion, which the officer may change. */
  public record Routing(String leadDepartment, List<String> cooperatingDepartments, int timeLimit) {
  }

  /** {@link #handlingChoices()}. */
  public record HandlingChoices(Map<String, String> departments, Map<String, String> officers) {
  }

  /** Who the case's officer and supervisor are after signing for it (either may be null: the groups' queues). */
  public record Acknowledgement(String officer, String supervisor) {
  }

  private String departmentName(String code) {
    return directory.department(code).map(Department::name).orElse(code);
  }
}
