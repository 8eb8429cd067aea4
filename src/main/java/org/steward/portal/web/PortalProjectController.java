package org.steward.portal.web;

import java.util.List;

import lombok.RequiredArgsConstructor;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.steward.directory.DirectoryManagement;
import org.steward.project.Milestone;
import org.steward.project.NewProblem;
import org.steward.project.ProjectFilter;
import org.steward.project.ProjectManagement;
import org.steward.project.ProjectProblems;
import org.steward.project.ProjectView;
import org.steward.request.Caller;
import org.steward.request.Categories;
import org.steward.shared.InvalidInput;
import org.steward.shared.Problems;

/** 我的项目: the enterprise's industrial projects, their milestones, and reporting a problem (卡点) on one. */
@Controller
@RequiredArgsConstructor
class PortalProjectController {

  private final DirectoryManagement directory;
  private final ProjectManagement projects;
  private final ProjectProblems projectProblems;
  private final Categories categories;
  private final Problems problems;

  @GetMapping("/portal/projects")
  String projects(Authentication authentication, Model model) {
    Caller caller = PortalUser.of(authentication, directory).caller();
    List<ProjectView> mine = projects.projects(new ProjectFilter(null, null, null, null), caller).stream()
        .map(summary -> projects.project(summary.code(), caller)).toList();
    model.addAttribute("projects", mine);
    model.addAttribute("milestones", Milestone.values());
    model.addAttribute("categories", categories.all());
    return "portal/projects";
  }

  @PostMapping("/portal/projects/{code}/problems")
  String report(@PathVariable String code, NewProblem problem, Authentication authentication,
      RedirectAttributes redirect) {
    Caller caller = PortalUser.of(authentication, directory).caller();
    try {
      ProjectView.Problem reported = projectProblems.reportProblem(code, problem, caller);
      redirect.addFlashAttribute("notice", "卡点已上报，案件编号 " + reported.caseNumber() + "。");
    } catch (InvalidInput e) {
      redirect.addFlashAttribute("errors", FieldErrors.of(problems, e));
    }
    return "redirect:/portal/projects";
  }
}
