package org.steward.request.process;

import static org.steward.request.process.EnterpriseRequestProcess.DEPARTMENT_OPTIONS;
import static org.steward.request.process.EnterpriseRequestProcess.OFFICER_OPTIONS;

import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.steward.request.RequestSteps;
import org.steward.request.RequestSteps.HandlingChoices;
import org.steward.workflow.Choices;

/**
 * Gives 决定办理方式 the departments and officers its form chooses from, as variables of the task alone: they go with the
 * task and stay out of the case's history (the history level leaves choice lists out), and each time the task comes
 * back they are the directory's current ones. A case used to carry every officer of the city in its history.
 */
@Component
@RequiredArgsConstructor
class HandlingChoicesTaskListener implements TaskListener {

  private final RequestSteps requests;

  @Override
  public void notify(DelegateTask task) {
    HandlingChoices choices = requests.handlingChoices();
    task.setVariablesLocal(Map.of(DEPARTMENT_OPTIONS, Choices.options(choices.departments()),
        OFFICER_OPTIONS, Choices.options(choices.officers())));
  }
}
