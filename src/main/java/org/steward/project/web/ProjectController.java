package org.steward.project.web;

import java.net.URI;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.steward.project.NewProblem;
import org.steward.project.NewProject;
import org.steward.project.ProjectBoard;
import org.steward.project.ProjectFilter;
import org.steward.project.ProjectManagement;
import org.steward.project.ProjectProblems;
import org.steward.project.ProjectRegistry;
import org.steward.project.ProjectSummary;
import org.steward.project.ProjectView;
import org.steward.request.Caller;
import org.steward.security.CallerGroups;

/**
 * Industrial projects over REST: registration, the list and the board, one project, reassigning its officer or leader,
 * and problems (卡点). Rights are checked by the use cases ({@link ProjectRegistry}, {@link ProjectManagement},
 * {@link ProjectProblems}); this controller only says who calls.
 */
@RestController
@RequestMapping("/api/projects")
@PreAuthorize("isAuthenticated()")
@RequiredArgsConstructor
class ProjectController {

  private final ProjectRegistry registry;
  private final ProjectManagement projects;
  private final ProjectProblems problems;

  @PostMapping
  ResponseEntity<ProjectView> register(@RequestBody NewProject body, Authentication caller) {
    ProjectView project = registry.register(body, caller(caller));
    return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/projects/" + project.code()))
        .body(project);
  }

  @GetMapping
  List<ProjectSummary> projects(@RequestParam(required = false) String area,
      @RequestParam(required = false) String officer, @RequestParam(required = false) String state,
      @RequestParam(required = false) Boolean key, Authentication caller) {
    return projects.projects(new ProjectFilter(area, officer, state, key), caller(caller));
  }

  @GetMapping("/board")
  ProjectBoard board(Authentication caller) {
    return projects.board(caller(caller));
  }

  @GetMapping("/{code}")
  ProjectView project(@PathVariable String code, Authentication caller) {
    return projects.project(code, caller(caller));
  }

  @PostMapping("/{code}/officer")
  ProjectView reassignOfficer(@PathVariable String code, @RequestBody Reassignment body, Authentication caller) {
    return registry.reassignOfficer(code, body.officer(), body.reason(), caller(caller));
  }

  @PostMapping("/{code}/leader")
  ProjectView reassignLeader(@PathVariable String code, @RequestBody Reassignment body, Authentication caller) {
    return registry.reassignLeader(code, body.leader(), body.reason(), caller(caller));
  }

  /** 201 with the problem and the case number of the enterprise request it runs as. */
  @PostMapping("/{code}/problems")
  ResponseEntity<ProjectView.Problem> reportProblem(@PathVariable String code, @RequestBody NewProblem body,
      Authentication caller) {
    ProjectView.Problem problem = problems.reportProblem(code, body, caller(caller));
    return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/requests/" + problem.caseNumber()))
        .body(problem);
  }

  /** A new officer or leader (whichever the path names) and why. */
  record Reassignment(String officer, String leader, String reason) {
  }

  private static Caller caller(Authentication authentication) {
    return new Caller(authentication.getName(), CallerGroups.of(authentication));
  }
}
