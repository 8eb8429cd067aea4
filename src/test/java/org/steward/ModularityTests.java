package org.steward;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Each capability package is a module that others reach only through its root API types; no cycles. */
class ModularityTests {

  private final ApplicationModules modules = ApplicationModules.of(StewardApplication.class);

  @Test
  void capabilitiesKeepTheirBoundaries() {
    modules.verify();
  }
}
