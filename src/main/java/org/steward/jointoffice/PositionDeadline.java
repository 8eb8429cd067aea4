package org.steward.jointoffice;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.steward.deadline.DeadlineSubject;
import org.steward.deadline.Light;
import org.steward.deadline.LightChanged;
import org.steward.jointoffice.process.JointMeetingProcess;

/**
 * A department's position for a joint meeting as a deadline subject ({@code position}), one of several in the
 * meeting's instance: yellow tells the department, red the department and the joint-meeting office.
 */
@Component
class PositionDeadline implements DeadlineSubject {

  static final String KIND = "position";

  private final JointOffice office;
  private final EscalationInstances escalations;

  PositionDeadline(JointOffice office, EscalationInstances escalations) {
    this.office = office;
    this.escalations = escalations;
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public String idOf(DelegateExecution execution) {
    return Long.toString(office.positionId(escalations.meetingOf(execution.getProcessInstanceId()),
        (String) execution.getVariable(JointMeetingProcess.DEPARTMENT)));
  }

  @Override
  public State stateOf(String id) {
    return office.positionState(Long.parseLong(id));
  }

  @Override
  public void setLight(String id, Light light) {
    office.storePositionLight(Long.parseLong(id), light);
  }

  @Override
  public boolean sharesInstance() {
    return true;
  }

  @EventListener(condition = "#event.concerns('" + KIND + "')")
  void on(LightChanged event) {
    office.announcePosition(Long.parseLong(event.subjectId()), event.to());
  }
}
