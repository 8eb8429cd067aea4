package org.steward.deputy;

import java.time.LocalDate;

import org.springframework.http.HttpStatus;
import org.steward.shared.StewardException;

/** The officer already has a leave (not ended, not cancelled) on one of the days asked for. */
public class LeaveOverlaps extends StewardException {

  public LeaveOverlaps(LocalDate startsOn, LocalDate endsOn) {
    super(HttpStatus.CONFLICT, "deputy-leave-overlaps", startsOn.toString(), endsOn.toString());
  }
}
