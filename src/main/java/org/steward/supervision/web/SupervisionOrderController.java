package org.steward.supervision.web;

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
import org.steward.access.CaseReader;
import org.steward.security.CallerGroups;
import org.steward.supervision.NewSupervisionOrder;
import org.steward.supervision.OrderAnswers;
import org.steward.supervision.OrderIssuing;
import org.steward.supervision.OrderReviews;
import org.steward.supervision.SupervisionOrder;
import org.steward.supervision.SupervisionOrders;

/**
 * Supervision orders (督办单) over REST: supervisors, the joint-meeting office and administrators issue and read them;
 * the target signs for and answers them and the issuer reviews the answer, here or in Tasklist (the same tasks).
 */
@RestController
@RequestMapping("/api/supervision-orders")
@PreAuthorize("hasAnyRole('supervisors', 'joint-office', 'camunda-admin')")
@RequiredArgsConstructor
class SupervisionOrderController {

  private final OrderIssuing issuing;
  private final SupervisionOrders orders;
  private final OrderAnswers answers;
  private final OrderReviews reviews;

  /** 201 with Location and the new order, its target and due date. */
  @PostMapping
  ResponseEntity<SupervisionOrder> issue(@RequestBody NewSupervisionOrder body, Authentication caller) {
    SupervisionOrder order = issuing.issue(body, caller.getName());
    return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/supervision-orders/" + order.id()))
        .body(order);
  }

  /**
   * The orders of the caller's cases (the case scope), newest first, optionally in one state
   * ({@code ISSUED|SIGNED|ANSWERED|CLOSED}) and light.
   */
  @GetMapping
  @PreAuthorize("isAuthenticated()")
  List<SupervisionOrder> orders(@RequestParam(required = false) String state,
      @RequestParam(required = false) String light, Authentication caller) {
    return orders.orders(state, light, CaseReader.of(caller));
  }

  /** An order of one of the caller's cases; 404 for the orders of other cases. */
  @GetMapping("/{id}")
  @PreAuthorize("isAuthenticated()")
  SupervisionOrder order(@PathVariable long id, Authentication caller) {
    return orders.order(id, CaseReader.of(caller));
  }

  /** 签收督办单: the target department's staff or the target officer. */
  @PostMapping("/{id}/sign")
  @PreAuthorize("isAuthenticated()")
  SupervisionOrder sign(@PathVariable long id, Authentication caller) {
    return answers.signFor(id, caller.getName(), CallerGroups.of(caller));
  }

  /** 反馈督办情况: the target department's staff or the target officer. */
  @PostMapping("/{id}/answer")
  @PreAuthorize("isAuthenticated()")
  SupervisionOrder answer(@PathVariable long id, @RequestBody Answer body, Authentication caller) {
    return answers.reportBack(id, body.answer(), caller.getName(), CallerGroups.of(caller));
  }

  /** 审核督办反馈: the issuer; {@code result} ACCEPTED closes the order, REJECTED (with a note) sends it back. */
  @PostMapping("/{id}/review")
  @PreAuthorize("isAuthenticated()")
  SupervisionOrder review(@PathVariable long id, @RequestBody Review body, Authentication caller) {
    return reviews.reviewAnswer(id, body.result(), body.note(), caller.getName());
  }

  /** The body of an answer. */
  record Answer(String answer) {
  }

  /** The body of a review: ACCEPTED or REJECTED, and the note (required when rejected). */
  record Review(String result, String note) {
  }
}
