package org.steward.deadline.process;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.steward.deadline.InMemorySubject;
import org.steward.deadline.LightChanged;
import org.steward.deadline.Lights;

/** Registers the two generic deadline delegates in a process test's engine, over the subjects the test gives. */
public final class TestDeadlineDelegates {

  private TestDeadlineDelegates() {
  }

  /**
   * Registers {@code deadlineNearDelegate}, {@code deadlineOverdueDelegate} and {@code deadlineTaskListener}; answers
   * the changes they publish.
   */
  public static List<LightChanged> register(ProcessEngine engine, InMemorySubject... subjects) {
    List<LightChanged> changes = new ArrayList<>();
    Lights lights = new Lights(Stream.of(subjects).map(InMemorySubject::asSubject).toList(),
        event -> changes.add((LightChanged) event));
    LightVariables variables = new LightVariables(engine.getRuntimeService(), engine.getTaskService());
    Mocks.register("deadlineNearDelegate", new DeadlineNearDelegate(lights, variables));
    Mocks.register("deadlineOverdueDelegate", new DeadlineOverdueDelegate(lights, variables));
    Mocks.register("deadlineTaskListener", new DeadlineTaskListener(lights));
    return changes;
  }
}
