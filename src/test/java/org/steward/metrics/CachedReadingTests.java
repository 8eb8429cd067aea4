package org.steward.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.steward.shared.MovableClock;

class CachedReadingTests {

  private final MovableClock clock = new MovableClock(Instant.parse("2026-05-11T02:00:00Z"));
  private final AtomicInteger reads = new AtomicInteger();

  @Test
  void scrapesWithinMaxAge_shareOneRead_andTheNextOneReadsAfresh() {
    CachedReading<Integer> reading = new CachedReading<>("test", reads::incrementAndGet, Duration.ofSeconds(30), clock);

    assertThat(reading.get()).contains(1);
    clock.advance(Duration.ofSeconds(29));
    assertThat(reading.get()).contains(1);
    clock.advance(Duration.ofSeconds(1));
    assertThat(reading.get()).contains(2);
    assertThat(reads).hasValue(2);
  }

  @Test
  void maxAgeZero_readsAtEveryScrape() {
    CachedReading<Integer> reading = new CachedReading<>("test", reads::incrementAndGet, Duration.ZERO, clock);

    reading.get();
    reading.get();

    assertThat(reading.number(Integer::doubleValue)).isEqualTo(3.0);
  }

  @Test
  void failedRead_answersNoValue_andIsNotRetriedBeforeMaxAge() {
    CachedReading<Integer> reading = new CachedReading<>("test", () -> {
      if (reads.incrementAndGet() == 1) {
        throw new IllegalStateException("database unreachable");
      }
      return 7;
    }, Duration.ofSeconds(30), clock);

    assertThat(reading.number(Integer::doubleValue)).isNaN();
    assertThat(reading.get()).isEmpty();
    assertThat(reads).hasValue(1);
    clock.advance(Duration.ofSeconds(30));
    assertThat(reading.number(Integer::doubleValue)).isEqualTo(7.0);
  }
}
