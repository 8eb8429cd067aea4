package org.steward.notification;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.transaction.support.ResourceHolderSupport;
import org.springframework.transaction.support.ResourceHolderSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Whom one transaction, one step of a case, has told about which case. A new task that the same step then creates for
 * the same people in the same case is not told again: the step's own notice (新诉求, 交办, 超过24小时未响应…) already
 * says what there is to do, and a department's robot posts once for one hand-over. Bound to the transaction like
 * Spring's own resources: a transaction suspended for a new one keeps its own notices, and they go with it.
 */
final class StepNotices extends ResourceHolderSupport {

  private final Set<Recipient> told = new HashSet<>();

  private record Recipient(String recipientKind, String recipient, String caseNumber) {
  }

  /** Remembers, in the transaction running now, that the recipient was told about the case. */
  static void remember(String recipientKind, String recipient, String caseNumber) {
    if (caseNumber != null) {
      current().ifPresent(step -> step.told.add(new Recipient(recipientKind, recipient, caseNumber)));
    }
  }

  /** Whether the transaction running now has told the recipient about the case. */
  static boolean told(String recipientKind, String recipient, String caseNumber) {
    return caseNumber != null
        && current().map(step -> step.told.contains(new Recipient(recipientKind, recipient, caseNumber))).orElse(false);
  }

  private static Optional<StepNotices> current() {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return Optional.empty();
    }
    StepNotices notices = (StepNotices) TransactionSynchronizationManager.getResource(StepNotices.class);
    if (notices == null) {
      notices = new StepNotices();
      notices.setSynchronizedWithTransaction(true);
      TransactionSynchronizationManager.bindResource(StepNotices.class, notices);
      TransactionSynchronizationManager.registerSynchronization(
          new ResourceHolderSynchronization<>(notices, StepNotices.class) { });
    }
    return Optional.of(notices);
  }
}
