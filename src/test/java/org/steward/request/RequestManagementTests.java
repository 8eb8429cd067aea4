package org.steward.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.steward.deadline.Light;

/** The small rules of the request API that need no database. */
class RequestManagementTests {

  @Test
  void caseLight_unsignedTurnsYellowFourHoursBefore_andRedAtTheResponseDueItself_asTheResponseTimersFire() {
    Instant due = Instant.parse("2026-05-12T02:00:00Z");
    Instant warn = due.minus(RequestManagement.RESPONSE_WARNING);

    assertThat(RequestManagement.light(RequestState.SUBMITTED, null, due, List.of(), warn.minusMillis(1)))
        .isEqualTo(Light.GREEN);
    assertThat(RequestManagement.light(RequestState.SUBMITTED, null, due, List.of(), warn)).isEqualTo(Light.YELLOW);
    assertThat(RequestManagement.light(RequestState.SUBMITTED, null, due, List.of(), due.minusMillis(1)))
        .isEqualTo(Light.YELLOW);
    assertThat(RequestManagement.light(RequestState.SUBMITTED, null, due, List.of(), due)).isEqualTo(Light.RED);
    assertThat(RequestManagement.light(RequestState.ACKNOWLEDGED, due.minusSeconds(60), due, List.of(), due))
        .isEqualTo(Light.GREEN);
  }

  @Test
  void caseLight_isTheWorstOpenUnitLight_andGreenOnceEnded() {
    Instant due = Instant.parse("2026-05-12T02:00:00Z");
    Instant signed = due.minusSeconds(3600);
    Instant later = due.plusSeconds(86_400 * 5);

    assertThat(RequestManagement.light(RequestState.HANDLING, signed, due, List.of(Light.GREEN, Light.YELLOW), later))
        .isEqualTo(Light.YELLOW);
    assertThat(RequestManagement.light(RequestState.HANDLING, signed, due, List.of(Light.YELLOW, Light.RED), later))
        .isEqualTo(Light.RED);
    assertThat(RequestManagement.light(RequestState.CLOSED, null, due, List.of(Light.RED), later))
        .isEqualTo(Light.GREEN);
    assertThat(RequestManagement.light(RequestState.WITHDRAWN, null, due, List.of(), later)).as("withdrawn unsigned")
        .isEqualTo(Light.GREEN);
    assertThat(RequestManagement.light(RequestState.NO_RESPONSE, signed, due, List.of(Light.RED), later))
        .isEqualTo(Light.GREEN);
  }
}
