package org.steward.handling;

import static org.steward.handling.UnitRows.actor;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.deadline.Light;
import org.steward.directory.Department;
import org.steward.directory.DirectoryManagement;
import org.steward.directory.StewardGroups;
import org.steward.notification.Notifications;
import org.steward.shared.InvalidInput;
import org.steward.shared.StewardClock;
import org.steward.shared.Texts;
import org.steward.timeline.Timeline;

/**
 * Hands a case over to departments (交办): each handover opens the case's next round, one unit per department (or per
 * joint meeting's handover item), due in working days, and tells the departments, in the caller's transaction.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class Handovers {

  private static final Logger log = LoggerFactory.getLogger(Handovers.class);

  private final JdbcClient jdbc;
  private final HandlingManagement handling;
  private final DirectoryManagement directory;
  private final Timeline timeline;
  private final Notifications notifications;
  private final ApplicationEventPublisher events;

  /**
   * Opens the next round of the case: one unit per department (the lead first, then the cooperating ones in the given
   * order), each due {@code timeLimitWorkingDays} working days after today; answers the unit ids in that order.
   *
   * @throws InvalidInput naming {@code leadDepartment}, {@code cooperatingDepartments[i]} or {@code timeLimit}
   */
  public List<Long> handOver(String caseNumber, String leadDepartment, List<String> cooperatingDepartments,
      int timeLimitWorkingDays, String byUser) {
    if (caseNumber == null || caseNumber.isBlank()) {
      throw new InvalidInput("caseNumber", "NotBlank");
    }
    Map<String, Department> departments = HandoverCheck.departments(directory.departments(), leadDepartment,
        cooperatingDepartments, timeLimitWorkingDays);
    int round = nextRound(caseNumber);
    Instant now = StewardClock.now();
    LocalDate dueDate = handling.deadlineIn(timeLimitWorkingDays).dueDate();
    List<String> codes = new ArrayList<>(departments.keySet());
    List<Long> ids = new ArrayList<>();
    for (int position = 0; position < codes.size(); position++) {
      ids.add(insert(caseNumber, round, position, codes.get(position), timeLimitWorkingDays, now, byUser, dueDate));
    }
    String lead = departments.get(codes.get(0)).name();
    String cooperating = codes.stream().skip(1).map(c -> departments.get(c).name()).collect(Collectors.joining("、"));
    timeline.record(caseNumber, "HANDED_OVER", actor(byUser), Texts.shorten("交办" + lead + "牵头办理"
            + (cooperating.isEmpty() ? "" : "，" + cooperating + "配合") + "，" + dueDate + "前办结", 200),
        "第" + round + "轮交办；牵头部门：" + lead + "；配合部门：" + (cooperating.isEmpty() ? "无" : cooperating)
            + "；时限 " + timeLimitWorkingDays + " 个工作日，至 " + dueDate + "（含）");
    for (int position = 0; position < codes.size(); position++) {
      notifications.notifyGroup(StewardGroups.department(codes.get(position)), "HANDED_OVER", caseNumber,
          "诉求 " + caseNumber + " 已交办贵单位" + (position == 0 ? "牵头" : "配合") + "办理，请于一个工作日内签收，"
              + dueDate + "前办结反馈。");
    }
    events.publishEvent(new UnitsChanged(caseNumber));
    log.info("Case {} handed over (round {}) to {} due {}", caseNumber, round, codes, dueDate);
    return ids;
  }

  /**
   * Opens the next round of the case with one unit per handover item (a department may get several items), each due
   * its own time limit in working days after today; the first item's unit leads, the others cooperate. Answers the unit
   * ids in the items' order. Used by the joint-meeting office, whose decision hands work to several departments at
   * once.
   *
   * @throws InvalidInput naming {@code items} (none or more than {@link HandlingManagement#MAX_ITEMS}),
   *     {@code items[i].department}, {@code items[i].task} or {@code items[i].timeLimit}; nothing is stored then
   */
  public List<Long> dispatch(String caseNumber, List<HandoverItem> items, String byUser) {
    Map<String, String> names = directory.departments().stream()
        .collect(Collectors.toMap(Department::code, Department::name));
    List<String> tasks = HandoverCheck.items(names.keySet(), caseNumber, items);
    int round = nextRound(caseNumber);
    Instant now = StewardClock.now();
    List<Long> ids = new ArrayList<>();
    StringBuilder detail = new StringBuilder("第" + round + "轮交办（联席会议交办事项）");
    for (int position = 0; position < items.size(); position++) {
      HandoverItem item = items.get(position);
      LocalDate dueDate = handling.deadlineIn(item.timeLimit()).dueDate();
      ids.add(insert(caseNumber, round, position, item.department(), item.timeLimit(), now, byUser, dueDate));
      String name = names.get(item.department());
      detail.append("\n").append(position + 1).append(". ").append(name).append("：").append(tasks.get(position))
          .append("（").append(item.timeLimit()).append(" 个工作日，至 ").append(dueDate).append("）");
      notifications.notifyGroup(StewardGroups.department(item.department()), "HANDED_OVER", caseNumber,
          Texts.shorten(caseNumber + " 联席会议交办贵单位：" + tasks.get(position) + "。请于一个工作日内签收，" + dueDate
              + "前办结反馈。", 500));
    }
    timeline.record(caseNumber, "HANDED_OVER", actor(byUser), "联席会议交办 " + items.size() + " 项事项",
        Texts.shorten(detail.toString(), 5000));
    events.publishEvent(new UnitsChanged(caseNumber));
    log.info("Case {} dispatched (round {}) as {} handover items", caseNumber, round, ids.size());
    return ids;
  }

  /** Checks a handover as {@link #handOver} does, without writing anything. */
  @Transactional(readOnly = true)
  public void checkHandover(String leadDepartment, List<String> cooperatingDepartments, int timeLimitWorkingDays) {
    HandoverCheck.departments(directory.departments(), leadDepartment, cooperatingDepartments, timeLimitWorkingDays);
  }

  /**
   * The case's next round, whose units are about to be inserted: the units of the rounds before it are superseded from
   * now on (the figures that count each case's latest round read the flag instead of looking for a later round).
   */
  private int nextRound(String caseNumber) {
    int round = handling.currentRound(caseNumber) + 1;
    jdbc.sql("update handling_unit set superseded = true where case_number = :caseNumber and round < :round")
        .param("caseNumber", caseNumber).param("round", round).update();
    return round;
  }

  private long insert(String caseNumber, int round, int position, String department, int timeLimit, Instant now,
      String byUser, LocalDate dueDate) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
        insert into handling_unit (case_number, round, position, department_code, role, time_limit, handed_over_at,
                                   handed_over_by, due_date, state, light)
        values (:caseNumber, :round, :position, :department, :role, :timeLimit, :now, :by, :dueDate, :state, :light)
        """)
        .param("caseNumber", caseNumber).param("round", round).param("position", position)
        .param("department", department)
        .param("role", (position == 0 ? UnitRole.LEAD : UnitRole.COOPERATING).name())
        .param("timeLimit", timeLimit).param("now", Timestamp.from(now)).param("by", actor(byUser))
        .param("dueDate", dueDate).param("state", UnitState.ASSIGNED.name()).param("light", Light.GREEN.name())
        .update(key, "id");
    return key.getKeyAs(Number.class).longValue();
  }
}
