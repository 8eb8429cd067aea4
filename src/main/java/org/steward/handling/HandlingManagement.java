package org.steward.handling;

import static org.steward.shared.Rows.instant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.calendar.WorkingDayCalendar;
import org.steward.deadline.Deadline;
import org.steward.deadline.Deadlines;
import org.steward.directory.Department;
import org.steward.directory.DirectoryManagement;
import org.steward.shared.NotFound;
import org.steward.shared.StewardClock;
import org.steward.shared.Texts;
import org.steward.shared.Violations;

/**
 * Department handling's API for reading: a case's units with their live light and rating, rounds, and a unit's
 * deadline rule. The steps are use cases of their own: {@link Handovers}, {@link UnitReports}, {@link UnitReturns},
 * {@link UnitExtensions}, {@link SupervisionNotes}, {@link UnitWithdrawals}.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class HandlingManagement {

  /** The id of the BPMN process that runs one unit ({@code processes/department-handling.bpmn}). */
  public static final String PROCESS_ID = "department-handling";

  /** The shortest and the longest time limit of a handover, in working days. */
  public static final int MIN_TIME_LIMIT = 1;
  public static final int MAX_TIME_LIMIT = 60;
  /** The longest text of one handover item's task. */
  public static final int MAX_ITEM_TASK = 500;
  /** The most handover items one dispatch may open. */
  public static final int MAX_ITEMS = 20;

  static final int MAX_FEEDBACK = Violations.MAX_VARIABLE_TEXT;
  static final int MAX_REASON = 2000;

  private final JdbcClient jdbc;
  private final UnitRows rows;
  private final DirectoryManagement directory;
  private final WorkingDayCalendar calendar;
  private final Deadlines deadlines;
  private final HandlingProperties properties;

  /** Every unit of the case, every round, oldest first, with live light and rating. */
  @Transactional(readOnly = true)
  public List<HandlingUnit> unitsOf(String caseNumber) {
    return toUnits(rows.rowsOf(caseNumber));
  }

  /** One unit with live light and rating; {@link NotFound} ({@code handling-unit}) if there is none. */
  @Transactional(readOnly = true)
  public HandlingUnit unit(long unitId) {
    return toUnits(List.of(rows.row(unitId))).get(0);
  }

  /** The unit with its deadline, the instants its yellow and red timers fire at. */
  @Transactional(readOnly = true)
  public UnitClock clock(long unitId) {
    HandlingUnit unit = unit(unitId);
    return new UnitClock(unit, deadline(unit.dueDate()));
  }

  /** Whether any unit of that round returned the matter (退单). */
  @Transactional(readOnly = true)
  public boolean anyReturned(String caseNumber, int round) {
    return jdbc.sql("""
        select count(*) from handling_unit where case_number = :caseNumber and round = :round and state = :state""")
        .param("caseNumber", caseNumber).param("round", round).param("state", UnitState.RETURNED.name())
        .query(Long.class).single() > 0;
  }

  /** The latest handover round of the case; 0 before the first handover. */
  @Transactional(readOnly = true)
  public int currentRound(String caseNumber) {
    Integer round = jdbc.sql("select max(round) from handling_unit where case_number = :caseNumber")
        .param("caseNumber", caseNumber).query(Integer.class).optional().orElse(null);
    return round == null ? 0 : round;
  }

  /**
   * The feedback of every unit of the round, one Chinese line per unit (lead first), for the lead's consolidation; at
   * most what a process variable holds.
   */
  @Transactional(readOnly = true)
  public String feedbackSummary(String caseNumber, int round) {
    return Texts.shorten(unitsOf(caseNumber).stream().filter(u -> u.round() == round)
        .map(u -> "【" + u.role().label() + "】" + u.departmentName() + "：" + switch (u.state()) {
          case FEEDBACK_GIVEN -> u.feedback();
          case RETURNED -> "（已退单）" + u.returnReason();
          default -> "（尚未反馈）";
        })
        .collect(Collectors.joining("\n")), Violations.MAX_VARIABLE_TEXT);
  }

  // --- the deadline rule -----------------------------------------------------------------------------------------

  /**
   * A unit's deadline: yellow from the start of the day {@code yellowWorkingDays - 1} working days before the due date,
   * red from the start of the day after it. Opinions, positions and monthly filings keep the same.
   */
  public Deadline deadline(LocalDate dueDate) {
    return deadlines.of(dueDate, properties.yellowWorkingDays() - 1);
  }

  /** The deadline of a time limit of {@code workingDays} working days given today, by the units' rule. */
  public Deadline deadlineIn(int workingDays) {
    return deadlines.inWorkingDays(StewardClock.today(), workingDays, properties.yellowWorkingDays() - 1);
  }

  /** When the light turns yellow ({@link #deadline}). */
  public Instant warnAt(LocalDate dueDate) {
    return deadline(dueDate).warnAt();
  }

  /** When the light turns red ({@link #deadline}). */
  public Instant dueAt(LocalDate dueDate) {
    return deadline(dueDate).dueAt();
  }

  /**
   * When a unit that is still red goes to the joint-meeting office: the start of the day after
   * {@code joint-office-after-working-days} working days past the due date.
   */
  public Instant escalateAt(LocalDate dueDate) {
    return dueAt(calendar.addWorkingDays(dueDate, properties.jointOfficeAfterWorkingDays()));
  }

  /**
   * Whether the unit is still open and has been red for the configured working days by its current due date: an
   * approved extension since the red light moves the due date and so the moment it goes to the joint-meeting office.
   */
  @Transactional(readOnly = true)
  public boolean redTooLong(long unitId) {
    UnitRow unit = rows.row(unitId);
    return unit.state().isOpen() && !StewardClock.now().isBefore(escalateAt(unit.dueDate()));
  }

  private List<HandlingUnit> toUnits(List<UnitRow> found) {
    if (found.isEmpty()) {
      return List.of();
    }
    Map<String, String> names = directory.departments().stream()
        .collect(Collectors.toMap(Department::code, Department::name));
    Map<Long, List<Extension>> extensions = new LinkedHashMap<>();
    jdbc.sql("""
        select unit_id, requested_due_date, reason, requested_by, requested_at, approved, decided_by, decided_at,
               previous_due_date
        from handling_extension where unit_id in (:ids) order by requested_at, id""")
        .param("ids", found.stream().map(UnitRow::id).toList())
        .query((rs, n) -> {
          boolean approved = rs.getBoolean("approved");
          Boolean decision = rs.wasNull() ? null : approved;
          extensions.computeIfAbsent(rs.getLong("unit_id"), k -> new ArrayList<>()).add(new Extension(
              rs.getObject("requested_due_date", LocalDate.class), rs.getString("reason"), rs.getString("requested_by"),
              instant(rs, "requested_at"), decision, rs.getString("decided_by"), instant(rs, "decided_at"),
              rs.getObject("previous_due_date", LocalDate.class)));
          return null;
        }).list();
    Instant now = StewardClock.now();
    return found.stream().map(row -> new HandlingUnit(row.id(), row.caseNumber(), row.round(), row.departmentCode(),
        names.getOrDefault(row.departmentCode(), row.departmentCode()), row.role(), row.dueDate(), row.state(),
        deadline(row.dueDate()).lightAt(row.state().isOpen() ? now : row.finishedAt()),
        UnitRating.at(now, row.state(), row.rating(), dueAt(row.dueDate())), row.feedback(), row.returnReason(),
        row.signedAt(), row.finishedAt(), List.copyOf(extensions.getOrDefault(row.id(), List.of()))))
        .toList();
  }
}
