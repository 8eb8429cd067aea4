package org.steward;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Before each test, makes the test's own engine the one named "default" in Camunda's static registry, which
 * {@code /engine-rest} and the webapps look engines up in. Every Spring test context starts an engine named "default"
 * and the last one started wins the registry, so without this a test of one cached context would call the REST API of
 * another context's engine (another database). Registered for every test in {@code META-INF/spring.factories}.
 */
public class DefaultEngineOfTheContext implements TestExecutionListener {

  @Override
  public void beforeTestMethod(TestContext testContext) {
    if (testContext.hasApplicationContext()) {
      testContext.getApplicationContext().getBeanProvider(ProcessEngine.class)
          .ifAvailable(ProcessEngines::registerProcessEngine);
    }
  }
}
