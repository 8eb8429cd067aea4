package org.steward.portal.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.steward.directory.DirectoryManagement;
import org.steward.shared.InvalidInput;
import org.steward.shared.Problems;
import org.steward.survey.SurveyAnswers;
import org.steward.survey.SurveyPage;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The enterprise's surveys on the portal (问卷): the ones it was asked, and answering one, as often as it likes until
 * the close. Each step is a call of {@link SurveyAnswers}.
 */
@Controller
@RequiredArgsConstructor
class PortalSurveyController {

  private final DirectoryManagement directory;
  private final SurveyAnswers answers;
  private final Problems problems;

  /** 问卷: open ones first. */
  @GetMapping("/portal/surveys")
  String list(Authentication authentication, Model model) {
    PortalUser user = PortalUser.of(authentication, directory);
    model.addAttribute("surveys", answers.forEnterprise(user.enterprise().id()));
    return "portal/surveys";
  }

  /** One survey with the enterprise's answer so far. */
  @GetMapping("/portal/surveys/{id}")
  String survey(@PathVariable long id, Authentication authentication, Model model) {
    PortalUser user = PortalUser.of(authentication, directory);
    SurveyPage page = answers.page(id, user.enterprise().id());
    return page(model, page, page.answers(), Map.of());
  }

  @PostMapping("/portal/surveys/{id}")
  String answer(@PathVariable long id, @RequestParam MultiValueMap<String, String> posted,
      Authentication authentication, Model model, HttpServletResponse response) {
    PortalUser user = PortalUser.of(authentication, directory);
    Map<String, List<String>> raw = new LinkedHashMap<>(posted);
    raw.remove("_csrf");
    try {
      answers.answer(id, user.enterprise().id(), user.userId(), raw);
      return "redirect:/portal/surveys/" + id + "?saved";
    } catch (InvalidInput e) {
      // the page comes back with everything typed and the reasons beside the questions
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return page(model, answers.page(id, user.enterprise().id()), raw, FieldErrors.of(problems, e));
    }
  }

  private String page(Model model, SurveyPage page, Map<String, ?> shown, Map<String, String> errors) {
    model.addAttribute("survey", page);
    model.addAttribute("answers", shown);
    model.addAttribute("errors", errors);
    return "portal/survey";
  }
}
