package org.steward.portal.web;

import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.steward.directory.DirectoryManagement;
import org.steward.policy.PolicyReading;
import org.steward.shared.InvalidInput;
import org.steward.shared.Problems;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The enterprise's policies on the portal (政策): the ones delivered to it, reading one, and 我要咨询 / 申报, which raises
 * a request about it. Each step is a call of {@link PolicyReading}.
 */
@Controller
@RequiredArgsConstructor
class PortalPolicyController {

  private final DirectoryManagement directory;
  private final PolicyReading reading;
  private final Problems problems;

  /** 政策: unread first, then newest. */
  @GetMapping("/portal/policies")
  String list(Authentication authentication, Model model) {
    PortalUser user = PortalUser.of(authentication, directory);
    model.addAttribute("policies", reading.forEnterprise(user.enterprise().id()));
    return "portal/policies";
  }

  /** One policy; opening it is the enterprise's read receipt. */
  @GetMapping("/portal/policies/{id}")
  String policy(@PathVariable long id, Authentication authentication, Model model) {
    return page(id, PortalUser.of(authentication, directory), model, new ConsultForm(null, null, null), Map.of());
  }

  @PostMapping("/portal/policies/{id}/consult")
  String consult(@PathVariable long id, ConsultForm form, Authentication authentication, Model model,
      HttpServletResponse response) {
    PortalUser user = PortalUser.of(authentication, directory);
    try {
      String caseNumber = reading.consult(id, user.enterprise().id(), form.question(), form.contactName(),
          form.contactPhone(), user.caller());
      return "redirect:/portal/requests/" + caseNumber + "?submitted";
    } catch (InvalidInput e) {
      // the page comes back with everything typed and the reasons beside the fields
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return page(id, user, model, form, FieldErrors.of(problems, e));
    }
  }

  private String page(long id, PortalUser user, Model model, ConsultForm form, Map<String, String> errors) {
    model.addAttribute("policy", reading.read(id, user.enterprise().id(), user.userId()));
    // counted again: the menu's count was taken before this read
    model.addAttribute("unreadPolicies", reading.unread(user.enterprise().id()));
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "portal/policy";
  }

  /** 我要咨询 as posted. */
  record ConsultForm(String question, String contactName, String contactPhone) {
  }
}
