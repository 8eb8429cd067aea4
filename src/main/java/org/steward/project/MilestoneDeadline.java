package org.steward.project;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.steward.deadline.DeadlineSubject;
import org.steward.deadline.Light;
import org.steward.deadline.LightChanged;

/**
 * A project's current milestone (动工, 竣工, 投产) as a deadline subject ({@code milestone}), sharing the project's
 * instance with its monthly filings; its id is {@code <project code>/<milestone>}. A re-plan clears its light.
 */
@Component
class MilestoneDeadline implements DeadlineSubject {

  static final String KIND = "milestone";

  private final ProjectManagement projects;
  private final ProjectRecords records;

  MilestoneDeadline(ProjectManagement projects, ProjectRecords records) {
    this.projects = projects;
    this.records = records;
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public String idOf(DelegateExecution execution) {
    String code = execution.getBusinessKey();
    return code + "/" + records.currentMilestone(code).name();
  }

  @Override
  public State stateOf(String id) {
    return projects.milestoneState(code(id), milestone(id));
  }

  @Override
  public void setLight(String id, Light light) {
    projects.storeMilestoneLight(code(id), milestone(id), light);
  }

  @Override
  public boolean sharesInstance() {
    return true;
  }

  @EventListener(condition = "#event.concerns('" + KIND + "')")
  void on(LightChanged event) {
    projects.announceMilestone(code(event.subjectId()), milestone(event.subjectId()), event.to());
  }

  private static String code(String id) {
    return id.substring(0, id.lastIndexOf('/'));
  }

  private static Milestone milestone(String id) {
    return Milestone.valueOf(id.substring(id.lastIndexOf('/') + 1));
  }
}
