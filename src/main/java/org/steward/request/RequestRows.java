package org.steward.request;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.steward.shared.NotFound;

/** Reads a case's row of table {@code request}, for the request capability's use cases. */
@Component
@RequiredArgsConstructor
class RequestRows {

  private final JdbcClient jdbc;

  /** The case's row; {@link NotFound} for no such case. */
  RequestRow row(String caseNumber) {
    return row(caseNumber, "");
  }

  /** The case's row, locked until the transaction ends. */
  RequestRow lockedRow(String caseNumber) {
    return row(caseNumber, " for update");
  }

  private RequestRow row(String caseNumber, String lock) {
    return jdbc.sql("select * from request where case_number = :caseNumber" + lock).param("caseNumber", caseNumber)
        .query(RequestRow::map).optional().orElseThrow(() -> new NotFound("request", caseNumber));
  }
}
