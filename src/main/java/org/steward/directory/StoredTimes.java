package org.steward.directory;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** Instants as the directory stores them: in microseconds, because PostgreSQL keeps no more. */
final class StoredTimes {

  private StoredTimes() {
  }

  /** Now, as stored. */
  static OffsetDateTime now() {
    return at(Instant.now());
  }

  /** The instant as stored, so that a value written equals the value read back. */
  static OffsetDateTime at(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
  }
}
