package org.steward.request;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.convening.ConveningManagement;
import org.steward.shared.InvalidInput;
import org.steward.shared.Violations;

/**
 * The officer convenes other officers from the decision (召集协同) and the case waits for the conclusion; the
 * convening's own rules are {@link ConveningManagement}'s, its errors named after the decision form's fields.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class RequestConvening {

  /** The convening's input fields and the decision form's fields for them. */
  private static final Map<String, String> CONVENING_FIELDS = Map.of("question", "conveningQuestion",
      "officers", "conveningOfficers", "timeLimit", "conveningTimeLimit");

  private final ConveningManagement convenings;
  private final RequestTransitions transitions;

  /**
   * Checks a convening chosen on the decision form as {@link ConveningManagement#convene} would, naming the form's
   * fields ({@code conveningQuestion}, {@code conveningOfficers[i]}, {@code conveningTimeLimit}).
   */
  @Transactional(readOnly = true)
  public void checkConvening(String caseNumber, String question, List<String> officers, Object timeLimit,
      String byUser) {
    int limit = conveningTimeLimit(timeLimit);
    onFormFields(() -> convenings.checkConvene(caseNumber, question, officers, limit, byUser));
  }

  /**
   * The officer convenes other officers from the decision (召集协同): the case waits in state CONVENING for the
   * conclusion. Answers the convening's id.
   */
  public long startConvening(String caseNumber, String question, List<String> officers, Object timeLimit,
      String byUser) {
    int limit = conveningTimeLimit(timeLimit);
    long id = onFormFields(() -> convenings.convene(caseNumber, question, officers, limit, byUser)).id();
    transitions.make(caseNumber, RequestTransition.CONVENE);
    return id;
  }

  /** The convening the decision waited for concluded: the officer decides again, with the conclusion. */
  public void conveningConcluded(String caseNumber) {
    transitions.make(caseNumber, RequestTransition.CONVENING_CONCLUDED);
  }

  private static int conveningTimeLimit(Object timeLimit) {
    Violations violations = new Violations();
    Integer limit = violations.whole(CONVENING_FIELDS.get("timeLimit"), timeLimit, ConveningManagement.MIN_TIME_LIMIT,
        ConveningManagement.MAX_TIME_LIMIT, "convening.time-limit.range");
    violations.throwIfAny();
    return limit;
  }

  /** Runs a call to CONVENING whose input errors name the decision form's fields. */
  private static <T> T onFormFields(Supplier<T> call) {
    try {
      return call.get();
    } catch (InvalidInput e) {
      throw new InvalidInput(e.violations().stream().map(v -> {
        int bracket = v.field().indexOf('[');
        String base = bracket < 0 ? v.field() : v.field().substring(0, bracket);
        String field = CONVENING_FIELDS.getOrDefault(base, base) + (bracket < 0 ? "" : v.field().substring(bracket));
        return new InvalidInput.FieldViolation(field, v.code(), v.args());
      }).toList());
    }
  }

  private static void onFormFields(Runnable call) {
    onFormFields(() -> {
      call.run();
      return null;
    });
  }
}
