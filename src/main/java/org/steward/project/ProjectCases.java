package org.steward.project;

import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.steward.shared.CaseLookup;
import org.steward.shared.CaseSummary;

/**
 * Industrial projects as cases other capabilities act on (convening, the joint-meeting office): the project code is the
 * case number, and a project is open until 投产 is confirmed.
 */
@Component
@RequiredArgsConstructor
class ProjectCases implements CaseLookup {

  static final String KIND = "PROJECT";

  private final JdbcClient jdbc;

  @Override
  public Optional<CaseSummary> find(String caseNumber) {
    return jdbc.sql("select code, name, enterprise_name, officer_id, finished_at from project where code = ?")
        .param(caseNumber)
        .query((rs, n) -> new CaseSummary(rs.getString("code"), KIND, rs.getString("name"),
            rs.getString("enterprise_name"), rs.getString("officer_id"), rs.getTimestamp("finished_at") == null))
        .optional();
  }
}
