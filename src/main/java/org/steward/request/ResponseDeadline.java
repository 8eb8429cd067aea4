package org.steward.request;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.steward.deadline.DeadlineSubject;
import org.steward.deadline.Light;
import org.steward.deadline.LightChanged;

/**
 * The officer's 24-hour response to a new request (签收并首次答复) as a deadline subject ({@code response}), its id the
 * case number: yellow four hours before the end warns the officer, red reminds the officer, tells the supervisor and
 * opens a supervision item.
 */
@Component
class ResponseDeadline implements DeadlineSubject {

  static final String KIND = "response";

  private final RequestManagement requests;

  ResponseDeadline(RequestManagement requests) {
    this.requests = requests;
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public String idOf(DelegateExecution execution) {
    return execution.getProcessBusinessKey();
  }

  @Override
  public State stateOf(String id) {
    return requests.responseState(id);
  }

  @Override
  public void setLight(String id, Light light) {
    requests.storeResponseLight(id, light);
  }

  @EventListener(condition = "#event.concerns('" + KIND + "')")
  void on(LightChanged event) {
    requests.announceResponse(event.subjectId(), event.to());
  }
}
