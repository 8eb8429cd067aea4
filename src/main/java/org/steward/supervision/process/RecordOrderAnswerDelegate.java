package org.steward.supervision.process;

import static org.steward.supervision.process.SupervisionOrderProcess.ANSWER;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.supervision.OrderAnswers;
import org.steward.supervision.OrderInstances;
import org.steward.workflow.ProcessValues;

/** Records the target's answer (反馈督办情况) for the issuer to review. */
@Component
@RequiredArgsConstructor
class RecordOrderAnswerDelegate implements JavaDelegate {

  private final OrderAnswers answers;
  private final OrderInstances instances;

  @Override
  public void execute(DelegateExecution execution) {
    answers.answer(instances.of(execution.getProcessInstanceId()), ProcessValues.text(execution, ANSWER),
        ProcessValues.completer(execution));
  }
}
