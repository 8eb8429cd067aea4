package org.steward.project;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.steward.request.RaiseRight;

/** A running project's officer (项目管家) may raise requests for the project's enterprise: its problems (卡点). */
@Component
@RequiredArgsConstructor
class ProjectOfficerRight implements RaiseRight {

  private final JdbcClient jdbc;

  @Override
  public boolean mayRaise(String userId, long enterpriseId) {
    return jdbc.sql("""
        select count(*) from project
         where officer_id = :user and enterprise_id = :enterprise and finished_at is null""")
        .param("user", userId).param("enterprise", enterpriseId).query(Long.class).single() > 0;
  }
}
