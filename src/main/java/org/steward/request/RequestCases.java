package org.steward.request;

import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.steward.shared.CaseLookup;
import org.steward.shared.CaseSummary;

/** Enterprise requests as cases other capabilities can act on; a request is open until it is closed out. */
@Component
@RequiredArgsConstructor
class RequestCases implements CaseLookup {

  static final String KIND = "REQUEST";

  private final JdbcClient jdbc;

  @Override
  public Optional<CaseSummary> find(String caseNumber) {
    return jdbc.sql("select case_number, title, enterprise_name, officer_id, state from request where case_number = ?")
        .param(caseNumber)
        .query((rs, n) -> new CaseSummary(rs.getString("case_number"), KIND, rs.getString("title"),
            rs.getString("enterprise_name"), rs.getString("officer_id"),
            !RequestState.ENDED.contains(RequestState.valueOf(rs.getString("state")))))
        .optional();
  }
}
