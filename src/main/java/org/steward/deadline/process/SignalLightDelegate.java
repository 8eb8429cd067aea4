package org.steward.deadline.process;

import java.util.Optional;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.Variables;
import org.steward.shared.DesignerDelegate;
import org.steward.deadline.DeadlineSubject;
import org.steward.deadline.Light;
import org.steward.deadline.LightChanged;
import org.steward.deadline.Lights;

/**
 * A deadline timer fired: the subject named by the service task's input parameter {@code subject} is signalled, and the
 * {@code light} variable follows the subject's light. {@link DeadlineNearDelegate} and {@link DeadlineOverdueDelegate}
 * are the two beans models name. The transient variable {@code lightChanged} tells the next step whether anything
 * changed.
 */
@RequiredArgsConstructor
abstract class SignalLightDelegate implements DesignerDelegate {

  /** The service task's input parameter naming the subject's kind ({@code unit}, {@code opinion}, …). */
  static final String SUBJECT = "subject";
  /**
   * Whether the light changed, for a gateway right after (transient: read in the same transaction, never stored), so a
   * designer's notification after 亮黄灯 is not sent when a late yellow changed nothing.
   */
  static final String LIGHT_CHANGED = "lightChanged";

  private final Light signal;
  private final Lights lights;
  private final LightVariables variables;

  @Override
  public Set<String> parameters() {
    return Set.of(SUBJECT);
  }

  @Override
  public void execute(DelegateExecution execution) {
    if (!(execution.getVariableLocal(SUBJECT) instanceof String kind)) {
      throw new IllegalStateException(execution.getCurrentActivityId() + " needs the input parameter " + SUBJECT
          + " naming one of " + lights.kinds());
    }
    DeadlineSubject subject = lights.subject(kind);
    Optional<LightChanged> change = lights.signal(kind, subject.idOf(execution), signal);
    change.ifPresent(changed -> variables.write(execution, subject, changed.to()));
    execution.setVariable(LIGHT_CHANGED, Variables.booleanValue(change.isPresent(), true));
  }
}
