package org.steward.convening;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.steward.convening.process.ConveningProcess;
import org.steward.deadline.DeadlineSubject;
import org.steward.deadline.Light;
import org.steward.deadline.LightChanged;

/**
 * A convened officer's opinion as a deadline subject ({@code opinion}), one of several in a convening's instance:
 * yellow reminds the officer, red flags the officer late and tells the convener too.
 */
@Component
class OpinionDeadline implements DeadlineSubject {

  static final String KIND = "opinion";

  private final ConveningManagement convenings;
  private final ConveningLinks links;

  OpinionDeadline(ConveningManagement convenings, ConveningLinks links) {
    this.convenings = convenings;
    this.links = links;
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public String idOf(DelegateExecution execution) {
    // the opinion of this sub-process instance's officer in the convening this instance claimed
    long conveningId = links.of(execution.getProcessInstanceId());
    return Long.toString(convenings.opinionOf(conveningId, (String) execution.getVariable(ConveningProcess.OFFICER))
        .id());
  }

  @Override
  public State stateOf(String id) {
    return convenings.deadlineState(Long.parseLong(id));
  }

  @Override
  public void setLight(String id, Light light) {
    convenings.storeLight(Long.parseLong(id), light);
  }

  @Override
  public boolean sharesInstance() {
    return true;
  }

  @EventListener(condition = "#event.concerns('" + KIND + "')")
  void on(LightChanged event) {
    convenings.announce(Long.parseLong(event.subjectId()), event.to());
  }
}
