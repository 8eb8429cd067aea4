package org.steward.portal.web;

import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.steward.directory.DirectoryManagement;
import org.steward.ledger.EnterpriseLedger;
import org.steward.notification.Notification;
import org.steward.notification.Notifications;
import org.steward.request.RequestState;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/** The portal's login, home page and messages. */
@Controller
@RequiredArgsConstructor
class PortalController {

  private static final int MESSAGES = 100;

  private final DirectoryManagement directory;
  private final EnterpriseLedger ledger;
  private final Notifications notifications;

  @GetMapping("/portal/login")
  String login(@RequestParam(required = false) String error, @RequestParam(required = false) String logout,
      HttpServletRequest request, Model model) {
    if (error != null) {
      model.addAttribute("error", "用户名或密码不正确，请重新输入。");
      HttpSession session = request.getSession(false);
      Object locked = session == null ? null : session.getAttribute(PortalSecurityConfiguration.LOGIN_FAILURE);
      if (locked instanceof String reason) {
        model.addAttribute("error", reason);
      }
    }
    model.addAttribute("loggedOut", logout != null);
    return "portal/login";
  }

  @GetMapping("/portal/")
  String home(Authentication authentication, Model model) {
    PortalUser user = PortalUser.of(authentication, directory);
    Map<String, Long> counts = ledger.counts(user.enterprise().id());
    long rating = counts.getOrDefault(RequestState.RETURN_VISIT.name(), 0L);
    long closed = counts.getOrDefault(RequestState.CLOSED.name(), 0L);
    long ended = RequestState.ENDED.stream().mapToLong(s -> counts.getOrDefault(s.name(), 0L)).sum();
    long all = counts.values().stream().mapToLong(Long::longValue).sum();
    model.addAttribute("enterprise", user.enterprise());
    model.addAttribute("officer", directory.officerOf(user.enterprise().id()).orElse(null));
    model.addAttribute("officerOffice", directory.officerOf(user.enterprise().id())
        .flatMap(o -> directory.department(o.departmentCode())).map(d -> d.name()).orElse(null));
    model.addAttribute("open", all - ended - rating);
    model.addAttribute("rating", rating);
    model.addAttribute("closed", closed);
    model.addAttribute("otherEnded", ended - closed);
    return "portal/home";
  }

  /** The enterprise's messages, newest first; opening the page marks them read (the new ones stay marked 新). */
  @GetMapping("/portal/messages")
  String messages(Authentication authentication, Model model) {
    PortalUser user = PortalUser.of(authentication, directory);
    List<Notification> all = notifications.forUser(user.userId(), user.caller().groups(), false, MESSAGES);
    model.addAttribute("messages", all);
    notifications.markAllRead(user.userId(), user.caller().groups());
    model.addAttribute("unread", 0L);
    return "portal/messages";
  }
}
