package org.steward.workflow;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.autoconfigure.AbstractDependsOnBeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationInitializer;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Flyway migrates Steward's tables before the engine creates its own: Flyway refuses a non-empty schema without its
 * history table, and any bean that needs an engine service would otherwise build the engine first.
 */
@Configuration(proxyBeanMethods = false)
@Import(EngineAfterFlywayConfiguration.ProcessEngineDependsOnFlyway.class)
class EngineAfterFlywayConfiguration {

  /** Adds {@code dependsOn} the Flyway initializer to the process engine bean definition. */
  static final class ProcessEngineDependsOnFlyway extends AbstractDependsOnBeanFactoryPostProcessor {
    ProcessEngineDependsOnFlyway() {
      super(ProcessEngine.class, FlywayMigrationInitializer.class);
    }
  }
}
