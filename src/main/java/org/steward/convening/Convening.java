package org.steward.convening;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A convening on a case: the question, who convened it, until when opinions are due, each convened officer's opinion,
 * and the conclusion once the convener concluded it.
 */
public record Convening(long id, String caseNumber, String question, String convener, String convenerName,
    int timeLimit, Instant convenedAt, LocalDate dueDate, ConveningState state, String conclusion,
    Instant concludedAt, String concludedBy, List<Opinion> opinions) {

  public Convening {
    opinions = List.copyOf(opinions);
  }

  /** The officers who let their deadline pass (flagged on the case). */
  public List<String> lateOfficers() {
    return opinions.stream().filter(Opinion::late).map(Opinion::officer).toList();
  }

  /** Whether every convened officer has given an opinion. */
  public boolean allOpinionsGiven() {
    return opinions.stream().allMatch(o -> o.state() == OpinionState.GIVEN);
  }
}
