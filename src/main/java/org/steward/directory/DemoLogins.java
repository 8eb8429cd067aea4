package org.steward.directory;

import java.util.List;

/** The logins of the demo organisation; a bean only when {@code steward.demo.enabled=true}. */
public interface DemoLogins {

  /** Every demo login; all share the password {@link #PASSWORD}. */
  List<DemoLogin> logins();

  String PASSWORD = "demo";
}
