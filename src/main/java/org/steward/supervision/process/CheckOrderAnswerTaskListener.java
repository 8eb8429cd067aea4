package org.steward.supervision.process;

import static org.steward.supervision.process.SupervisionOrderProcess.ANSWER;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.steward.supervision.OrderAnswers;
import org.steward.workflow.TaskRefusals;

/** Refuses to complete 反馈督办情况 without an answer (or with one longer than 4,000 characters, what a process variable holds). */
@Component
class CheckOrderAnswerTaskListener implements TaskListener {

  private final OrderAnswers answers;
  private final TaskRefusals texts;

  CheckOrderAnswerTaskListener(OrderAnswers answers, TaskRefusals texts) {
    this.answers = answers;
    this.texts = texts;
  }

  @Override
  public void notify(DelegateTask task) {
    texts.check("supervision.field", () -> answers.checkAnswer((String) task.getVariable(ANSWER)));
  }
}
