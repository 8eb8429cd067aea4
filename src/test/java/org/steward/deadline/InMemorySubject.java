package org.steward.deadline;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.steward.deadline.DeadlineSubject.State;

/** A deadline subject kept in memory, for the process tests that mock the capabilities' APIs. */
public class InMemorySubject {

  private final String kind;
  private final boolean sharesInstance;
  private final Function<DelegateExecution, String> idOf;
  private final Map<String, State> states = new HashMap<>();

  public InMemorySubject(String kind, boolean sharesInstance, Function<DelegateExecution, String> idOf) {
    this.kind = kind;
    this.sharesInstance = sharesInstance;
    this.idOf = idOf;
  }

  /** Adds or replaces a subject: green and open, due as {@code deadline} says. */
  public InMemorySubject put(String id, String caseNumber, Deadline deadline) {
    states.put(id, new State(caseNumber, Light.GREEN, true, deadline));
    return this;
  }

  /** The subject's light as the timers left it. */
  public Light light(String id) {
    return states.get(id).light();
  }

  /** The subject is done (answered, confirmed, filed): its light no longer changes. */
  public void close(String id) {
    State state = states.get(id);
    states.put(id, new State(state.caseNumber(), state.light(), false, state.deadline()));
  }

  /** The subject, for the engine. */
  public DeadlineSubject asSubject() {
    return new DeadlineSubject(kind, sharesInstance, idOf, this::stateOf, this::setLight);
  }

  private State stateOf(String id) {
    State state = states.get(id);
    if (state == null) {
      throw new IllegalStateException("No " + kind + " " + id);
    }
    return state;
  }

  private void setLight(String id, Light light) {
    State state = stateOf(id);
    states.put(id, new State(state.caseNumber(), light, state.open(), state.deadline()));
  }
}
