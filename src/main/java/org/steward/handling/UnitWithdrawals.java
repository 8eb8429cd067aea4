package org.steward.handling;

import static org.steward.handling.UnitRows.actor;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.shared.StewardClock;
import org.steward.timeline.Timeline;

/** A case goes to the joint-meeting office (联席会议办公室): its departments' open units are withdrawn. */
@Service
@Transactional
@RequiredArgsConstructor
public class UnitWithdrawals {

  private final UnitTransitions transitions;
  private final HandlingManagement handling;
  private final Timeline timeline;
  private final ApplicationEventPublisher events;

  /**
   * Every open unit of the case is withdrawn, rated SLOW if it was overdue, and its open supervision items close.
   * Answers the withdrawn units as they were before.
   */
  public List<HandlingUnit> withdrawOpenUnits(String caseNumber, String byUser) {
    List<HandlingUnit> open = handling.unitsOf(caseNumber).stream().filter(HandlingUnit::isOpen).toList();
    Instant now = StewardClock.now();
    for (HandlingUnit unit : open) {
      Map<String, Object> columns = new HashMap<>();
      columns.put("rating", nameOrNull(UnitRating.ofWithdrawal(unit.light())));
      columns.put("finished_at", Timestamp.from(now));
      columns.put("finished_by", actor(byUser));
      transitions.make(unit.id(), UnitTransition.WITHDRAW, columns);
    }
    open.forEach(unit -> events.publishEvent(new UnitFinished(unit.id(), caseNumber, actor(byUser),
        "事项已提交联席会议办公室，督办随之结束")));
    if (!open.isEmpty()) {
      timeline.record(caseNumber, "UNITS_WITHDRAWN", actor(byUser), "撤回未办结的部门办理",
          open.stream().map(u -> u.departmentName() + "（" + u.role().label() + "）").collect(Collectors.joining("、")));
    }
    return open;
  }

  private static String nameOrNull(Rating rating) {
    return rating == null ? null : rating.name();
  }
}
