package org.steward.request;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 撤回: the enterprise withdraws its request, with a reason, before the officer has handed it over. The process ends and
 * the case's state becomes {@link RequestState#WITHDRAWN}.
 */
@Service
@Transactional
public class Withdrawal {

  /** Withdraws the case of the caller's own enterprise; answers the case as it stands after. */
  public RequestView withdraw(String caseNumber, String reason, Caller caller) {
    throw new UnsupportedOperationException("withdrawal: being built (issue 12)");
  }
}
