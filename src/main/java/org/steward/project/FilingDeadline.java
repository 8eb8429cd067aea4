package org.steward.project;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.steward.deadline.DeadlineSubject;
import org.steward.deadline.Light;
import org.steward.deadline.LightChanged;

/**
 * A project's monthly progress filing (月度填报) as a deadline subject ({@code filing}), sharing the project's instance
 * with its milestones: yellow on its due date tells the officer, red tells the officer and the leader.
 */
@Component
class FilingDeadline implements DeadlineSubject {

  static final String KIND = "filing";

  private final ProjectManagement projects;
  private final ProjectRecords records;

  FilingDeadline(ProjectManagement projects, ProjectRecords records) {
    this.projects = projects;
    this.records = records;
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public String idOf(DelegateExecution execution) {
    return Long.toString(records.openFiling(execution.getBusinessKey()));
  }

  @Override
  public State stateOf(String id) {
    return projects.filingState(Long.parseLong(id));
  }

  @Override
  public void setLight(String id, Light light) {
    projects.storeFilingLight(Long.parseLong(id), light);
  }

  @Override
  public boolean sharesInstance() {
    return true;
  }

  @EventListener(condition = "#event.concerns('" + KIND + "')")
  void on(LightChanged event) {
    projects.announceFiling(Long.parseLong(event.subjectId()), event.to());
  }
}
