package org.steward.portal.web;

import lombok.RequiredArgsConstructor;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.steward.directory.DirectoryManagement;
import org.steward.visit.EnterpriseVisits;
import org.steward.visit.VisitHistory;

/**
 * 走访记录: the visits the enterprise's officers made to it, newest first, ten a page, with the requests raised from
 * them, and the visit planned next; what of a visit the enterprise reads is {@link EnterpriseVisits}'s to say.
 */
@Controller
@RequiredArgsConstructor
class PortalVisitController {

  static final int PAGE_SIZE = 10;

  private final DirectoryManagement directory;
  private final VisitHistory history;

  @GetMapping("/portal/visits")
  String visits(@RequestParam(defaultValue = "0") int page, Authentication authentication, Model model) {
    int current = Math.max(page, 0);
    EnterpriseVisits visits = history.ofOwnEnterprise(PortalUser.of(authentication, directory).caller(), current,
        PAGE_SIZE);
    model.addAttribute("history", visits);
    model.addAttribute("page", current);
    model.addAttribute("pages", Math.max(1, (visits.total() + PAGE_SIZE - 1) / PAGE_SIZE));
    return "portal/visits";
  }
}
