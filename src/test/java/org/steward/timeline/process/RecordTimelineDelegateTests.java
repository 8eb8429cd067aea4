package org.steward.timeline.process;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;
import org.steward.timeline.Timeline;

/** The designers' 记入时间线: a line by the system on the instance's case; action and description are required. */
class RecordTimelineDelegateTests {

  private final Timeline timeline = mock(Timeline.class);
  private final RecordTimelineDelegate delegate = new RecordTimelineDelegate(timeline);

  @Test
  void writesTheLine_onTheInstancesCase_withoutAnEmptyDetail() {
    delegate.execute(execution(Map.of("action", "SITE_VISITED", "description", "已现场踏勘", "detail", "")));

    verify(timeline).record("QY20261204-0001", "SITE_VISITED", Timeline.SYSTEM, "已现场踏勘", null);
  }

  @Test
  void refusesAStepWithoutActionOrDescription() {
    assertThatThrownBy(() -> delegate.execute(execution(Map.of("description", "已现场踏勘"))))
        .hasMessageContaining("action");
    assertThatThrownBy(() -> delegate.execute(execution(Map.of("action", "SITE_VISITED", "description", " "))))
        .hasMessageContaining("description");
    verifyNoInteractions(timeline);
  }

  private static DelegateExecution execution(Map<String, Object> parameters) {
    DelegateExecution execution = mock(DelegateExecution.class);
    when(execution.getProcessBusinessKey()).thenReturn("QY20261204-0001");
    when(execution.getCurrentActivityId()).thenReturn("ServiceTask_RecordVisit");
    when(execution.getVariableLocal(any())).thenAnswer(call -> parameters.get(call.<String>getArgument(0)));
    return execution;
  }
}
