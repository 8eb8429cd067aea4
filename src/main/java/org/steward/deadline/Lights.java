package org.steward.deadline;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.steward.shared.StewardClock;

/**
 * The rules of a light, once for every subject: lights only move on; a closed subject keeps its light; a yellow timer
 * that runs after the deadline (a subject re-entering its deadline late) changes nothing, as the red one follows. A
 * change is published as {@link LightChanged} in the caller's transaction.
 */
@Service
public class Lights {

  /**
   * The process variable that shows a task's light to the Tasklist filters (即将到期, 已超期): on the instance when the
   * subject is the whole instance, on the subject's own tasks when it shares the instance.
   */
  public static final String VARIABLE = "light";

  private final Map<String, DeadlineSubject> subjects = new TreeMap<>();
  private final ApplicationEventPublisher events;

  public Lights(List<DeadlineSubject> subjects, ApplicationEventPublisher events) {
    for (DeadlineSubject subject : subjects) {
      if (this.subjects.put(subject.kind(), subject) != null) {
        throw new IllegalStateException("Two deadline subjects of kind " + subject.kind());
      }
    }
    this.events = events;
  }

  /** The kinds of subject, for the timer delegates' {@code subject} parameter. */
  public Set<String> kinds() {
    return Collections.unmodifiableSet(subjects.keySet());
  }

  /** The subject of {@code kind}. @throws IllegalArgumentException naming the kinds there are */
  public DeadlineSubject subject(String kind) {
    DeadlineSubject subject = subjects.get(kind);
    if (subject == null) {
      throw new IllegalArgumentException("No deadline subject of kind " + kind + "; there are " + kinds());
    }
    return subject;
  }

  /**
   * A timer signalled {@code signal} for the subject: its light moves on if the rules allow, and the change is
   * published and answered; empty when the light stays as it is.
   */
  public Optional<LightChanged> signal(String kind, String id, Light signal) {
    DeadlineSubject subject = subject(kind);
    DeadlineSubject.State state = subject.stateOf(id);
    if (!state.open() || !state.light().movesOnTo(signal)
        || signal == Light.YELLOW && state.deadline().lightAt(StewardClock.now()) == Light.RED) {
      return Optional.empty();
    }
    subject.setLight(id, signal);
    LightChanged change = new LightChanged(kind, id, state.caseNumber(), state.light(), signal);
    events.publishEvent(change);
    return Optional.of(change);
  }
}
