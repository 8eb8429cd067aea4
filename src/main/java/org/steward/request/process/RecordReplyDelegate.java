package org.steward.request.process;

import static org.steward.request.process.EnterpriseRequestProcess.REPLY;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.request.RequestSteps;
import org.steward.workflow.ProcessValues;

/** 记录答复: the officer replied to the enterprise; the return visit follows. */
@Component
@RequiredArgsConstructor
class RecordReplyDelegate implements JavaDelegate {

  private final RequestSteps requests;

  @Override
  public void execute(DelegateExecution execution) {
    requests.recordReply(execution.getProcessBusinessKey(), ProcessValues.text(execution, REPLY),
        ProcessValues.completer(execution));
  }
}
