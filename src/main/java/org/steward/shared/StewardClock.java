package org.steward.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.steward.StewardApplication;

/**
 * The one clock of Steward: the engine's. Timestamps in Steward's tables and the engine's timers and due dates read the
 * same time, so a test that moves the engine clock ({@code ClockUtil.setCurrentTime}) moves Steward's clock too.
 */
public final class StewardClock {

  /** Asia/Shanghai: deadlines, holidays and case numbers follow mainland China's calendar. */
  public static final ZoneId ZONE = ZoneId.of(StewardApplication.TIME_ZONE);

  private StewardClock() {
  }

  public static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  public static ZonedDateTime nowInZone() {
    return now().atZone(ZONE);
  }

  public static LocalDate today() {
    return nowInZone().toLocalDate();
  }
}
