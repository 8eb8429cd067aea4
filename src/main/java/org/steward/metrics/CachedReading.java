package org.steward.metrics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A value read from the database at most once per {@code maxAge}, for gauges that a scrape reads: the gauges of one
 * reading share its query. A failed read (the database unreachable) answers empty until {@code maxAge} has passed,
 * so a scrape never waits for the database twice in a row.
 *
 * @param <T> what is read
 */
public final class CachedReading<T> {

  private static final Logger log = LoggerFactory.getLogger(CachedReading.class);

  private final String name;
  private final Supplier<T> source;
  private final Duration maxAge;
  private final Clock clock;
  private T value;
  private Instant readAt;

  public CachedReading(String name, Supplier<T> source, Duration maxAge, Clock clock) {
    this.name = name;
    this.source = source;
    this.maxAge = maxAge;
    this.clock = clock;
  }

  /** The value, read afresh when the last read is {@code maxAge} old; empty when that read failed. */
  public synchronized Optional<T> get() {
    Instant now = clock.instant();
    if (readAt == null || !now.isBefore(readAt.plus(maxAge))) {
      readAt = now;
      try {
        value = source.get();
      } catch (RuntimeException e) {
        value = null;
        log.warn("Metric {} not read: {}", name, e.toString());
      }
    }
    return Optional.ofNullable(value);
  }

  /** A number out of the value, or NaN (Prometheus: no value) when there is none. */
  public double number(ToDoubleFunction<T> of) {
    return get().map(of::applyAsDouble).orElse(Double.NaN);
  }
}
