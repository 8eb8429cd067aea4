package org.steward.forum.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.steward.forum.ForumView;
import org.steward.forum.Forums;
import org.steward.forum.NewForum;
import org.steward.request.Caller;
import org.steward.security.CallerGroups;

/**
 * Meetings with enterprises ({@code /api/forums}): officers record them and raise their problems as requests in one
 * batch; the host, supervisors, the joint office and administrators read them, also as one printable page (minutes and
 * the resulting cases).
 */
@Controller
@RequestMapping("/api/forums")
@RequiredArgsConstructor
class ForumController {

  private final Forums forums;

  /** 201 with Location and the meeting. */
  @PostMapping
  @ResponseBody
  ResponseEntity<ForumView> record(@RequestBody NewForum body, Authentication caller) {
    ForumView forum = forums.record(body, caller(caller));
    return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/forums/" + forum.id())).body(forum);
  }

  /** Every problem of the meeting becomes a request, all or none; the case numbers in the problems' order. */
  @PostMapping("/{id}/requests")
  @ResponseBody
  ResponseEntity<Map<String, List<String>>> raise(@PathVariable long id, Authentication caller) {
    return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("caseNumbers", forums.raise(id, caller(caller))));
  }

  @GetMapping
  @ResponseBody
  List<ForumView> list(Authentication caller) {
    return forums.list(caller(caller));
  }

  @GetMapping("/{id}")
  @ResponseBody
  ForumView view(@PathVariable long id, Authentication caller) {
    return forums.view(id, caller(caller));
  }

  /** The meeting's minutes and resulting cases as one page to print. */
  @GetMapping(value = "/{id}/print", produces = "text/html")
  String print(@PathVariable long id, Authentication caller, Model model) {
    model.addAttribute("forum", forums.view(id, caller(caller)));
    return "forum/print";
  }

  private static Caller caller(Authentication caller) {
    return new Caller(caller.getName(), CallerGroups.of(caller));
  }
}
