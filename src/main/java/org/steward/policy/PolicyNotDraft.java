package org.steward.policy;

import org.springframework.http.HttpStatus;
import org.steward.shared.StewardException;

/** A policy is published once: publishing one that is published or expired changes nothing. */
public class PolicyNotDraft extends StewardException {

  public PolicyNotDraft(long id, PolicyState state) {
    super(HttpStatus.CONFLICT, "policy-not-draft", id, state.name());
  }
}
