package org.steward.request;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.attachment.Upload;

/**
 * 补充材料: the officer asks the enterprise for what is missing; the enterprise answers with text and files and the case
 * returns to the officer's decision.
 */
@Service
@Transactional
public class MaterialSupply {

  /** What the officer asked for, while the case waits for the enterprise's material. */
  @Transactional(readOnly = true)
  public Optional<String> pendingAsk(String caseNumber, Caller caller) {
    throw new UnsupportedOperationException("material supply: being built (issue 12)");
  }

  /** The enterprise's answer: text and files (may be empty), stored in one transaction with the process step. */
  public RequestView supply(String caseNumber, String answer, List<Upload> files, Caller caller) {
    throw new UnsupportedOperationException("material supply: being built (issue 12)");
  }
}
