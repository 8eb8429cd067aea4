package org.steward.portal.web;

import org.springframework.security.core.Authentication;
import org.steward.access.CaseReader;
import org.steward.directory.DirectoryManagement;
import org.steward.directory.Enterprise;
import org.steward.request.Caller;
import org.steward.security.CallerGroups;
import org.steward.shared.NotFound;

/** Who uses the portal: the login, its groups and the enterprise it acts for. */
record PortalUser(Caller caller, Enterprise enterprise) {

  static PortalUser of(Authentication authentication, DirectoryManagement directory) {
    Enterprise enterprise = directory.enterpriseOfUser(authentication.getName())
        .orElseThrow(() -> new NotFound("enterprise", authentication.getName()));
    return new PortalUser(new Caller(authentication.getName(), CallerGroups.of(authentication)), enterprise);
  }

  String userId() {
    return caller.userId();
  }

  CaseReader reader() {
    return new CaseReader(caller.userId(), caller.groups());
  }
}
