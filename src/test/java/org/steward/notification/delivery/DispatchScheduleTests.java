package org.steward.notification.delivery;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The scheduled run goes on while rounds come back full. */
class DispatchScheduleTests {

  @Test
  void fullRounds_areFollowedAtOnceByAnother_untilOneComesBackShort() {
    NotificationDispatcher dispatcher = mock(NotificationDispatcher.class);
    when(dispatcher.dispatch()).thenReturn(20, 20, 3, 20);
    NotificationProperties properties = DeliveryFixtures.properties(Duration.ofHours(1), 8, Map.of(),
        Duration.ofSeconds(1));

    new DispatchSchedule(dispatcher, properties).dispatchDue();

    verify(dispatcher, times(3)).dispatch();
  }
}
