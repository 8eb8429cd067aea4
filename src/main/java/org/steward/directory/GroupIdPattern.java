package org.steward.directory;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Lets Camunda accept Steward's group ids ({@code joint-office}, {@code dept-economy}): the engine's default id pattern
 * allows letters and digits only. A pattern configured by the operator
 * ({@code camunda.bpm.generic-properties.properties.group-resource-whitelist-pattern}) wins.
 */
@Component
class GroupIdPattern extends AbstractProcessEnginePlugin {

  static final String PATTERN = "[a-zA-Z0-9]+|camunda-admin|[a-z0-9]+(-[a-z0-9]+)+";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getGroupResourceWhitelistPattern() == null) {
      configuration.setGroupResourceWhitelistPattern(PATTERN);
    }
  }
}
