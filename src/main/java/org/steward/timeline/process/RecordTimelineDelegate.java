package org.steward.timeline.process;

import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.steward.shared.DesignerDelegate;
import org.steward.shared.Texts;
import org.steward.timeline.Timeline;

/**
 * 记入时间线, for designers (element template "记入时间线"): writes a line on this instance's case, by the system, from
 * the service task's input parameters {@code action} (a code such as {@code SITE_VISITED}), {@code description} and the
 * optional {@code detail}; each may be an expression over the instance's variables.
 */
@Component
@RequiredArgsConstructor
class RecordTimelineDelegate implements DesignerDelegate {

  static final String ACTION = "action";
  static final String DESCRIPTION = "description";
  static final String DETAIL = "detail";
  /** The timeline table's limits: action 40, description 200, detail 5,000 characters. */
  private static final int MAX_ACTION = 40;
  private static final int MAX_DESCRIPTION = 200;
  private static final int MAX_DETAIL = 5000;

  private final Timeline timeline;

  @Override
  public Set<String> parameters() {
    return Set.of(ACTION, DESCRIPTION, DETAIL);
  }

  @Override
  public void execute(DelegateExecution execution) {
    if (!(execution.getVariableLocal(ACTION) instanceof String action) || action.isBlank()
        || !(execution.getVariableLocal(DESCRIPTION) instanceof String description) || description.isBlank()) {
      throw new IllegalStateException(execution.getCurrentActivityId() + " needs the input parameters "
          + ACTION + " and " + DESCRIPTION);
    }
    String detail = execution.getVariableLocal(DETAIL) instanceof String text && !text.isBlank()
        ? Texts.shorten(text, MAX_DETAIL) : null;
    timeline.record(execution.getProcessBusinessKey(), Texts.shorten(action, MAX_ACTION), Timeline.SYSTEM,
        Texts.shorten(description, MAX_DESCRIPTION), detail);
  }
}
