package org.steward.security.process;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;
import org.steward.workflow.TaskRefusals;

/**
 * Installs the task and form services that admit a completion's variables through the {@link CompletionGuard}. Set
 * before the engine is built, they are the services everybody gets: Spring beans, engine-rest and the webapps.
 */
@Component
class CompletionGuardPlugin extends AbstractProcessEnginePlugin {

  private final CompletionGuard guard;

  CompletionGuardPlugin(TaskRefusals refusals) {
    this.guard = new CompletionGuard(refusals);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setTaskService(new GuardedTaskService(guard));
    configuration.setFormService(new GuardedFormService(guard));
  }
}
