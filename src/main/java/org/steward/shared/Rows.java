package org.steward.shared;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/** Reading Steward's own rows: the column types every capability's tables share. */
public final class Rows {

  private Rows() {
  }

  /** A {@code timestamp with time zone} column as an instant, or null. */
  public static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp value = rs.getTimestamp(column);
    return value == null ? null : value.toInstant();
  }
}
