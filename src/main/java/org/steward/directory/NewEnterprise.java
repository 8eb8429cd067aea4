package org.steward.directory;

import java.util.List;

/** What it takes to register an enterprise; {@code officerId} (its first officer) may be null. */
public record NewEnterprise(String name, String creditCode, String industry, String area, List<String> tags,
    String officerId) {

  public NewEnterprise {
    tags = tags == null ? List.of() : List.copyOf(tags);
  }
}
