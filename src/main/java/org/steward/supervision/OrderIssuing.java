package org.steward.supervision;

import static org.steward.supervision.OrderTargets.DEPARTMENT;
import static org.steward.supervision.OrderTargets.OFFICER;
import static org.steward.supervision.SupervisionOrders.MAX_REQUIREMENT;
import static org.steward.supervision.SupervisionOrders.MAX_TIME_LIMIT;
import static org.steward.supervision.SupervisionOrders.MIN_TIME_LIMIT;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.deadline.Light;
import org.steward.directory.DirectoryManagement;
import org.steward.handling.HandlingManagement;
import org.steward.handling.HandlingUnit;
import org.steward.shared.Cases;
import org.steward.shared.CaseSummary;
import org.steward.shared.InvalidInput;
import org.steward.shared.StewardClock;
import org.steward.shared.StewardException;
import org.steward.shared.Texts;
import org.steward.shared.Violations;
import org.steward.supervision.process.SupervisionOrderInstances;
import org.steward.timeline.Timeline;
import org.steward.workflow.SystemContext;

/**
 * Issues supervision orders (下达督办单): a supervisor orders a department or the case's officer to act on a case by a
 * working-day deadline, and the order's {@code supervision-order} process starts. A refused call changes nothing.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class OrderIssuing {

  private static final Logger log = LoggerFactory.getLogger(OrderIssuing.class);

  private final JdbcClient jdbc;
  private final Cases cases;
  private final DirectoryManagement directory;
  private final HandlingManagement handling;
  private final Timeline timeline;
  private final OrderTargets targets;
  private final SystemContext system;
  private final SupervisionOrderInstances instances;
  private final SupervisionOrders orders;

  /**
   * Issues a supervision order and starts its {@code supervision-order} process (business key = case number). The
   * target is the handling unit's department when {@code unitId} is given (it must be an open unit of the case), else
   * {@code department}, else the case's officer. Who may issue is checked by the caller (supervisors, the joint-meeting
   * office, administrators).
   *
   * @throws InvalidInput naming {@code caseNumber}, {@code unitId}, {@code department}, {@code requirement} or
   *     {@code timeLimit}; {@code case-closed} (409) for a closed case
   */
  public SupervisionOrder issue(NewSupervisionOrder order, String byUser) {
    Violations violations = new Violations();
    CaseSummary summary = null;
    if (order.caseNumber() == null || order.caseNumber().isBlank()) {
      violations.add("caseNumber", "NotBlank");
    } else {
      summary = cases.find(order.caseNumber().strip()).orElse(null);
      if (summary == null) {
        violations.add("caseNumber", "supervision.case.unknown", order.caseNumber().strip());
      }
    }
    String targetKind = null;
    String target = null;
    if (order.unitId() != null) {
      if (order.department() != null && !order.department().isBlank()) {
        violations.add("department", "supervision.order.unit-and-department");
      }
      Optional<String> unitDepartment = summary == null ? Optional.empty()
          : openUnitDepartment(order.unitId(), summary.caseNumber());
      if (summary != null && unitDepartment.isEmpty()) {
        violations.add("unitId", "supervision.order.unit-unknown", order.unitId());
      }
      targetKind = DEPARTMENT;
      target = unitDepartment.orElse(null);
    } else if (order.department() != null && !order.department().isBlank()) {
      target = order.department().strip();
      targetKind = DEPARTMENT;
      if (directory.department(target).isEmpty()) {
        violations.add("department", "supervision.department.unknown", target);
      }
    } else if (summary != null) {
      targetKind = OFFICER;
      target = summary.officer();
      if (target == null) {
        violations.add("department", "supervision.order.no-officer");
      }
    }
    String requirement = violations.text("requirement", order.requirement(), MAX_REQUIREMENT);
    int timeLimit = order.timeLimit() == null ? 0 : order.timeLimit();
    if (timeLimit < MIN_TIME_LIMIT || timeLimit > MAX_TIME_LIMIT) {
      violations.add("timeLimit", "supervision.time-limit.range", MIN_TIME_LIMIT, MAX_TIME_LIMIT);
    }
    violations.throwIfAny();
    if (!summary.open()) {
      throw new StewardException(HttpStatus.CONFLICT, "case-closed", summary.caseNumber());
    }

    String caseNumber = summary.caseNumber();
    LocalDate dueDate = orders.deadlineIn(timeLimit).dueDate();
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
        insert into supervision_order (case_number, unit_id, target_kind, target, requirement, time_limit, issued_by,
                                       issued_at, due_date, state, light)
        values (:caseNumber, :unitId, :targetKind, :target, :requirement, :timeLimit, :by, :now, :dueDate, :state,
                :light)""")
        .param("caseNumber", caseNumber).param("unitId", order.unitId()).param("targetKind", targetKind)
        .param("target", target).param("requirement", requirement).param("timeLimit", timeLimit)
        .param("by", byUser).param("now", Timestamp.from(StewardClock.now())).param("dueDate", dueDate)
        .param("state", SupervisionOrderState.ISSUED.name()).param("light", Light.GREEN.name())
        .update(key, "id");
    long id = key.getKeyAs(Number.class).longValue();
    String name = targets.name(targetKind, target);
    timeline.record(caseNumber, "SUPERVISION_ORDER_ISSUED", byUser,
        Texts.shorten("向" + name + "下达督办单，" + dueDate + "前反馈", 200),
        "督办要求：" + requirement + "\n时限 " + timeLimit + " 个工作日，至 " + dueDate + "（含）");
    targets.notify(targetKind, target, "SUPERVISION_ORDER_ISSUED", caseNumber, "督办单：案件 " + caseNumber
        + " 已向贵方下达督办单，请签收并于 " + dueDate + " 前反馈：" + requirement);
    String enterpriseName = summary.enterpriseName();
    system.run(() -> instances.start(id, caseNumber, enterpriseName));
    log.info("Supervision order {} on case {} issued by {} to {} {} due {}", id, caseNumber, byUser, targetKind,
        target, dueDate);
    return orders.order(id);
  }

  private Optional<String> openUnitDepartment(long unitId, String caseNumber) {
    return handling.unitsOf(caseNumber).stream().filter(unit -> unit.id() == unitId && unit.isOpen())
        .map(HandlingUnit::departmentCode).findFirst();
  }
}
