package org.steward.policy.web;

import java.net.URI;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.steward.directory.TargetInput;
import org.steward.policy.NewPolicy;
import org.steward.policy.Policies;
import org.steward.policy.PolicyView;
import org.steward.policy.Preview;
import org.steward.request.Caller;
import org.steward.security.CallerGroups;

/**
 * Policies for staff ({@code /api/policies}): policy editors and administrators draft, preview the target rule, publish
 * and read them; everyone else is refused (403).
 */
@RestController
@RequestMapping("/api/policies")
@RequiredArgsConstructor
class PolicyController {

  private final Policies policies;

  /** 201 with Location and the draft. */
  @PostMapping
  ResponseEntity<PolicyView> draft(@RequestBody NewPolicy body, Authentication caller) {
    PolicyView policy = policies.draft(body, caller(caller));
    return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/policies/" + policy.id()))
        .body(policy);
  }

  /** How many and which enterprises a target rule reaches now. */
  @PostMapping("/preview")
  Preview preview(@RequestBody TargetInput target, Authentication caller) {
    return policies.preview(target, caller(caller));
  }

  /**
   * Publishes a draft: it is delivered in batches right after ({@code delivering} until done), and key enterprises'
   * officers get their confirmation tasks.
   */
  @PostMapping("/{id}/publish")
  PolicyView publish(@PathVariable long id, Authentication caller) {
    return policies.publish(id, caller(caller));
  }

  @GetMapping
  List<PolicyView> list(Authentication caller) {
    return policies.list(caller(caller));
  }

  @GetMapping("/{id}")
  PolicyView view(@PathVariable long id, Authentication caller) {
    return policies.view(id, caller(caller));
  }

  private static Caller caller(Authentication caller) {
    return new Caller(caller.getName(), CallerGroups.of(caller));
  }
}
