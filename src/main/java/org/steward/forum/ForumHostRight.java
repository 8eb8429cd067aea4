package org.steward.forum;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.steward.request.RaiseRight;

/** The host of a meeting may raise requests for the enterprises present: the problems they raised there. */
@Component
@RequiredArgsConstructor
class ForumHostRight implements RaiseRight {

  private final JdbcClient jdbc;

  @Override
  public boolean mayRaise(String userId, long enterpriseId) {
    return jdbc.sql("""
        select count(*) from forum_meeting m join forum_attendee a on a.meeting_id = m.id
         where m.host_id = :user and a.enterprise_id = :enterprise""")
        .param("user", userId).param("enterprise", enterpriseId).query(Long.class).single() > 0;
  }
}
