package org.steward.dashboard.web;

import lombok.RequiredArgsConstructor;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.steward.dashboard.Dashboard;
import org.steward.dashboard.SupervisionDashboard;
import org.steward.dashboard.ValueLabels;
import org.steward.security.CallerGroups;

/**
 * {@code GET /api/dashboard}: the supervisors' dashboard (督办看板) behind the Cockpit plugin;
 * {@code GET /api/dashboard/value-labels}: the Chinese words Cockpit shows beside the codes in process variables.
 */
@RestController
@RequiredArgsConstructor
class DashboardController {

  private final SupervisionDashboard dashboard;
  private final ValueLabels labels;

  @GetMapping("/api/dashboard")
  Dashboard dashboard(@RequestParam(defaultValue = "" + SupervisionDashboard.DEFAULT_OVERDUE) int overdue,
      Authentication caller) {
    return dashboard.dashboard(overdue, CallerGroups.of(caller));
  }

  @GetMapping("/api/dashboard/value-labels")
  ValueLabels.Labels valueLabels(Authentication caller) {
    return labels.labels(CallerGroups.of(caller));
  }
}
