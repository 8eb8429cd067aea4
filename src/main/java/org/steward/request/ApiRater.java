package org.steward.request;

import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Who rates a case through Steward's API ({@link RequestRatings#rate}), for the step that records the rating:
 * Steward completes the return visit or answers the waiting message as itself, in the caller's thread and transaction,
 * so the rater travels here and never as a process variable, which a task holder could set to anyone.
 */
@Component
public class ApiRater {

  private final ThreadLocal<String> rater = new ThreadLocal<>();

  /** Runs {@code work} (the completion or correlation) with {@code userId} as the rater. */
  public void rateAs(String userId, Runnable work) {
    rater.set(userId);
    try {
      work.run();
    } finally {
      rater.remove();
    }
  }

  /** The user rating through the API in this thread, if any; empty for a return visit completed in Tasklist. */
  public Optional<String> current() {
    return Optional.ofNullable(rater.get());
  }
}
