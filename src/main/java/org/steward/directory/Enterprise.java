package org.steward.directory;

import java.util.List;

/** An enterprise served by the scheme; {@code officer} is its current officer, null while it has none. */
public record Enterprise(long id, String name, String creditCode, String industry, String area, List<String> tags,
    OfficerSummary officer) {

  public Enterprise {
    tags = List.copyOf(tags);
  }
}
