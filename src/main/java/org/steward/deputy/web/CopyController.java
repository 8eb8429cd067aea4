package org.steward.deputy.web;

import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.steward.deputy.CaseCopy;
import org.steward.deputy.Copies;
import org.steward.deputy.NewCopy;
import org.steward.request.Caller;
import org.steward.security.CallerGroups;

/** Copies (抄送): a case is copied at {@code POST /api/copies/{caseNumber}}; {@code GET /api/copies/mine} lists 抄送我的. */
@RestController
@RequiredArgsConstructor
class CopyController {

  private final Copies copies;

  /** 201 with the users newly copied. */
  @PostMapping("/api/copies/{caseNumber}")
  ResponseEntity<Map<String, List<String>>> copy(@PathVariable String caseNumber, @RequestBody NewCopy body,
      Authentication caller) {
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(Map.of("copiedTo", copies.copy(caseNumber, body, new Caller(caller.getName(), CallerGroups.of(caller)))));
  }

  @GetMapping("/api/copies/mine")
  List<CaseCopy> mine(Authentication caller) {
    return copies.mine(caller.getName());
  }
}
