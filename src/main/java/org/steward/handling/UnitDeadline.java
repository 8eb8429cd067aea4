package org.steward.handling;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.steward.deadline.DeadlineSubject;
import org.steward.deadline.Light;
import org.steward.deadline.LightChanged;
import org.steward.directory.StewardGroups;
import org.steward.notification.Notifications;
import org.steward.supervision.SupervisionManagement;
import org.steward.supervision.SupervisionReason;
import org.steward.timeline.Timeline;

/**
 * A department's unit as a deadline subject ({@code unit}): yellow tells the department; red opens a supervision item
 * (UNIT_OVERDUE, unless one is open) and tells the department and the supervisors.
 */
@Component
class UnitDeadline implements DeadlineSubject {

  static final String KIND = "unit";

  private final HandlingManagement handling;
  private final UnitInstances units;
  private final Notifications notifications;
  private final Timeline timeline;
  private final SupervisionManagement supervision;

  UnitDeadline(HandlingManagement handling, UnitInstances units, Notifications notifications, Timeline timeline,
      SupervisionManagement supervision) {
    this.handling = handling;
    this.units = units;
    this.notifications = notifications;
    this.timeline = timeline;
    this.supervision = supervision;
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public String idOf(DelegateExecution execution) {
    return Long.toString(units.of(execution.getProcessInstanceId()));
  }

  @Override
  public State stateOf(String id) {
    return handling.deadlineState(Long.parseLong(id));
  }

  @Override
  public void setLight(String id, Light light) {
    handling.storeLight(Long.parseLong(id), light);
  }

  @EventListener(condition = "#event.concerns('" + KIND + "')")
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
    boolean supervised = supervision.ofCase(unit.caseNumber()).stream()
        .anyMatch(item -> item.isOpen() && Long.valueOf(unit.id()).equals(item.unitId()));
    if (!supervised) {
      supervision.open(unit.caseNumber(), unit.id(), SupervisionReason.UNIT_OVERDUE, unit.departmentCode());
    }
    String text = "红灯督办：诉求 " + unit.caseNumber() + " 已超过" + unit.departmentName() + "的办理时限 " + unit.dueDate()
        + "，请立即办理。";
    notifications.notifyGroup(department, "UNIT_RED", unit.caseNumber(), text);
    notifications.notifyGroup(StewardGroups.SUPERVISORS, "UNIT_RED", unit.caseNumber(), text);
    timeline.record(unit.caseNumber(), "UNIT_RED", Timeline.SYSTEM,
        unit.departmentName() + "超过办理时限（" + unit.dueDate() + "），亮红灯并督办", null);
  }
}
