package org.steward.survey.process;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.survey.SurveyChases;
import org.steward.workflow.ProcessValues;

/** 记录催答: the officer's note on the chase, checked here (a refusal keeps the task open). */
@Component
@RequiredArgsConstructor
class RecordSurveyChaseDelegate implements JavaDelegate {

  private final SurveyChases chases;

  @Override
  public void execute(DelegateExecution execution) {
    chases.done(ProcessValues.number(execution, SurveyCampaignProcess.CHASE_ID),
        ProcessValues.text(execution, SurveyCampaignProcess.NOTE), ProcessValues.completer(execution));
  }
}
