package org.steward.deputy.web;

import java.net.URI;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.steward.deputy.Leave;
import org.steward.deputy.Leaves;
import org.steward.deputy.NewLeave;
import org.steward.request.Caller;
import org.steward.security.CallerGroups;

/**
 * Leaves with a deputy ({@code /api/deputies}): an officer, the officer's supervisor or an administrator sets and
 * cancels one; officers list their own and those they stand in for, supervisors and administrators every one.
 */
@RestController
@RequestMapping("/api/deputies")
@RequiredArgsConstructor
class DeputyController {

  private final Leaves leaves;

  /** 201 with Location and the leave, which begins on its first day. */
  @PostMapping
  ResponseEntity<Leave> create(@RequestBody NewLeave body, Authentication caller) {
    Leave leave = leaves.create(body, caller(caller));
    return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/deputies/" + leave.id())).body(leave);
  }

  @GetMapping
  List<Leave> list(Authentication caller) {
    return leaves.list(caller(caller));
  }

  /** Cancels a leave not yet ended; the tasks its deputy holds go back. */
  @DeleteMapping("/{id}")
  Leave cancel(@PathVariable long id, Authentication caller) {
    return leaves.cancel(id, caller(caller));
  }

  private static Caller caller(Authentication caller) {
    return new Caller(caller.getName(), CallerGroups.of(caller));
  }
}
