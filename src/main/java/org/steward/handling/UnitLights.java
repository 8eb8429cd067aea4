package org.steward.handling;

import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.deadline.DeadlineSubject;
import org.steward.deadline.Light;
import org.steward.deadline.LightChanged;
import org.steward.directory.StewardGroups;
import org.steward.notification.Notifications;
import org.steward.timeline.Timeline;

/**
 * A unit's lights: the unit as a deadline subject ({@code unit}) whose timers store the light they signal, and what a
 * new light tells the department and the supervisors.
 */
@Service
@Transactional
@RequiredArgsConstructor
class UnitLights {

  private final JdbcClient jdbc;
  private final UnitRows rows;
  private final HandlingManagement handling;
  private final Timeline timeline;
  private final Notifications notifications;
  private final ApplicationEventPublisher events;

  /** A department's unit as a deadline subject ({@code unit}), found by its instance. */
  @Bean
  DeadlineSubject unitSubject(UnitInstances units) {
    return new DeadlineSubject("unit", false,
        execution -> Long.toString(units.of(execution.getProcessInstanceId())),
        id -> deadlineState(Long.parseLong(id)), (id, light) -> storeLight(Long.parseLong(id), light));
  }

  /**
   * A unit's light changed: yellow tells the department; red tells the department and the supervisors (supervision
   * opens its item on the same event).
   */
  @EventListener(condition = "#event.concerns('unit')")
  void on(LightChanged event) {
    HandlingUnit unit = handling.unit(Long.parseLong(event.subjectId()));
    String department = StewardGroups.department(unit.departmentCode());
    if (event.to() == Light.YELLOW) {
      notifications.notifyGroup(department, "UNIT_YELLOW", unit.caseNumber(),
          "黄灯预警：诉求 " + unit.caseNumber() + " 的办理时限 " + unit.dueDate() + " 将至，请抓紧办理。");
      timeline.record(unit.caseNumber(), "UNIT_YELLOW", Timeline.SYSTEM,
          unit.departmentName() + "办理时限将至（" + unit.dueDate() + "），亮黄灯", null);
      return;
    }
    String text = "红灯督办：诉求 " + unit.caseNumber() + " 已超过" + unit.departmentName() + "的办理时限 " + unit.dueDate()
        + "，请立即办理。";
    notifications.notifyGroup(department, "UNIT_RED", unit.caseNumber(), text);
    notifications.notifyGroup(StewardGroups.SUPERVISORS, "UNIT_RED", unit.caseNumber(), text);
    timeline.record(unit.caseNumber(), "UNIT_RED", Timeline.SYSTEM,
        unit.departmentName() + "超过办理时限（" + unit.dueDate() + "），亮红灯并督办", null);
  }

  /** The unit as its timers see it: its case, the light they last signalled, whether open, its deadline. */
  @Transactional(readOnly = true)
  DeadlineSubject.State deadlineState(long unitId) {
    UnitRow unit = rows.row(unitId);
    return new DeadlineSubject.State(unit.caseNumber(), unit.light(), unit.state().isOpen(),
        handling.deadline(unit.dueDate()));
  }

  /** Stores the light a timer signalled ({@link #unitSubject}). */
  void storeLight(long unitId, Light light) {
    jdbc.sql("update handling_unit set light = :light where id = :id").param("light", light.name())
        .param("id", unitId).update();
    events.publishEvent(new UnitsChanged(rows.caseNumber(unitId)));
  }
}
