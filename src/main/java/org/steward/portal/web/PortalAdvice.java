package org.steward.portal.web;

import java.util.Locale;

import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.steward.directory.DirectoryManagement;
import org.steward.notification.Notifications;
import org.steward.policy.PolicyReading;
import org.steward.project.ProjectManagement;
import org.steward.shared.StewardException;
import org.steward.survey.SurveyAnswers;

import jakarta.servlet.http.HttpServletResponse;

/**
 * What every portal page shows (the enterprise's name, the number of unread messages and policies, whether it has
 * projects) and how a refusal looks there: a page in Chinese with the status of the refusal, never a stack trace or
 * the API's JSON.
 */
@ControllerAdvice(basePackageClasses = PortalAdvice.class)
@RequiredArgsConstructor
class PortalAdvice {

  private final DirectoryManagement directory;
  private final Notifications notifications;
  private final ProjectManagement projects;
  private final PolicyReading policies;
  private final SurveyAnswers surveys;
  private final MessageSource messages;

  @ModelAttribute
  void page(Authentication authentication, Model model) {
    if (authentication == null || directory.enterpriseOfUser(authentication.getName()).isEmpty()) {
      return;
    }
    PortalUser user = PortalUser.of(authentication, directory);
    model.addAttribute("enterpriseName", user.enterprise().name());
    model.addAttribute("unread", notifications.unreadCount(user.userId(), user.caller().groups()));
    model.addAttribute("unreadPolicies", policies.unread(user.enterprise().id()));
    model.addAttribute("unansweredSurveys", surveys.unanswered(user.enterprise().id()));
    // 我的项目 only for an enterprise with industrial projects
    model.addAttribute("hasProjects", projects.hasProjects(user.enterprise().id()));
  }

  @ExceptionHandler(StewardException.class)
  String refused(StewardException e, Model model, HttpServletResponse response) {
    response.setStatus(e.status().value());
    model.addAttribute("title", text("problem." + e.code() + ".title", e.args()));
    model.addAttribute("detail", e.status() == HttpStatus.NOT_FOUND ? "没有找到您要的内容，或您无权查看。"
        : text("problem." + e.code() + ".detail", e.args()));
    return "portal/refused";
  }

  private String text(String code, Object[] args) {
    return messages.getMessage(code, args, code, Locale.SIMPLIFIED_CHINESE);
  }
}
