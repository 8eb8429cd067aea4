package org.steward.workflow;

import java.util.function.Supplier;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls as Steward itself, after a capability API has checked the caller's business rights. {@code /api}
 * requests run inside the engine as the calling user (Camunda authorizations apply); an enterprise user who may submit
 * a request for its own enterprise has no right to start processes or complete an officer's task, and should not need
 * one.
 */
@Component
@RequiredArgsConstructor
public class SystemContext {

  private final IdentityService identityService;

  /** Calls {@code work} with no engine user set (no authorization checks) and restores the caller's identity after. */
  public <T> T call(Supplier<T> work) {
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }

  public void run(Runnable work) {
    call(() -> {
      work.run();
      return null;
    });
  }
}
