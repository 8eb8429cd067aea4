package org.steward.dashboard.web;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.steward.dashboard.Dashboard;
import org.steward.dashboard.SupervisionDashboard;
import org.steward.security.CallerGroups;

/** {@code GET /api/dashboard}: the supervisors' dashboard (督办看板) behind the Cockpit plugin. */
@RestController
class DashboardController {

  private final SupervisionDashboard dashboard;

  DashboardController(SupervisionDashboard dashboard) {
    this.dashboard = dashboard;
  }

  @GetMapping("/api/dashboard")
  Dashboard dashboard(@RequestParam(defaultValue = "" + SupervisionDashboard.DEFAULT_OVERDUE) int overdue,
      Authentication caller) {
    return dashboard.dashboard(overdue, CallerGroups.of(caller));
  }
}
