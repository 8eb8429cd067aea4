package org.steward.supervision.process;

import static org.steward.supervision.process.SupervisionOrderProcess.ANSWER;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.steward.supervision.SupervisionOrders;
import org.steward.workflow.TaskRefusals;

/** Refuses to complete 反馈督办情况 without an answer (or with one longer than 4,000 characters, what a process variable holds). */
@Component
class CheckOrderAnswerTaskListener implements TaskListener {

  private final SupervisionOrders orders;
  private final TaskRefusals texts;

  CheckOrderAnswerTaskListener(SupervisionOrders orders, TaskRefusals texts) {
    this.orders = orders;
    this.texts = texts;
  }

  @Override
  public void notify(DelegateTask task) {
    texts.check("supervision.field", () -> orders.checkAnswer((String) task.getVariable(ANSWER)));
  }
}
