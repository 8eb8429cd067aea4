package org.steward.convening;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.deadline.Deadline;
import org.steward.shared.InvalidInput;
import org.steward.shared.StewardClock;
import org.steward.shared.Texts;
import org.steward.shared.Violations;
import org.steward.timeline.Timeline;

/**
 * The convener concludes (汇总意见形成结论): once no opinion is awaited within its deadline, the conclusion is kept, the
 * opinions still missing are marked so, and the case that convened goes on with it ({@link ConveningConcluded}).
 */
@Service
@Transactional
@RequiredArgsConstructor
public class ConveningConclusion {

  static final int MAX_CONCLUSION = Violations.MAX_VARIABLE_TEXT;

  private static final Logger log = LoggerFactory.getLogger(ConveningConclusion.class);

  private final ConveningRows rows;
  private final Convenings convenings;
  private final ConveningTransitions transitions;
  private final Timeline timeline;
  private final ApplicationEventPublisher events;

  /**
   * Checks a conclusion before the convener's task completes: the convening is open, the conclusion given (at most
   * 4,000 characters), and no opinion is still awaited within its deadline.
   *
   * @throws ConveningClosed; {@link InvalidInput} naming {@code conclusion} or {@code opinions}
   */
  @Transactional(readOnly = true)
  public void checkConclusion(long conveningId, String conclusion) {
    checked(rows.convening(conveningId), conclusion);
  }

  /**
   * Concludes the convening: the conclusion is kept, opinions still awaited become 未提出意见, the timeline shows it
   * and {@link ConveningConcluded} is published in this transaction.
   */
  public void conclude(long conveningId, String conclusion, String byUser) {
    ConveningRow convening = rows.convening(conveningId);
    String text = checked(convening, conclusion);
    Instant now = StewardClock.now();
    String actor = byUser == null || byUser.isBlank() ? convening.convener() : byUser;
    transitions.make(conveningId, ConveningTransition.CONCLUDE, Map.of("conclusion", text,
        "concluded_at", Timestamp.from(now), "concluded_by", actor));
    for (OpinionRow open : rows.opinions(List.of(conveningId))) {
      if (open.state() != OpinionState.OPEN) {
        continue;
      }
      Deadline deadline = rows.deadline(open.dueDate());
      transitions.make(conveningId, open.id(), OpinionTransition.MISS, Map.of("late", open.lateAt(now, deadline),
          "light", deadline.lightAt(now).name()));
      timeline.record(convening.caseNumber(), "OPINION_MISSED", Timeline.SYSTEM,
          Texts.shorten(convenings.officerName(open.officer()) + "未提出意见，召集已结束", 200), null);
    }
    timeline.record(convening.caseNumber(), "CONVENING_CONCLUDED", actor, "召集协同已形成结论", text);
    events.publishEvent(new ConveningConcluded(conveningId, convening.caseNumber(), text));
    log.info("Convening {} on case {} concluded by {}", conveningId, convening.caseNumber(), byUser);
  }

  private String checked(ConveningRow convening, String conclusion) {
    if (convening.state() != ConveningState.OPEN) {
      throw new ConveningClosed(convening.id());
    }
    Violations violations = new Violations();
    String text = violations.text("conclusion", conclusion, MAX_CONCLUSION);
    AwaitedOpinions.of(rows.opinions(List.of(convening.id())), StewardClock.now(), rows::deadline)
        .ifPresent(awaited -> violations.add("opinions", "convening.opinions.outstanding", awaited.count(),
            awaited.lastDueDate().toString()));
    violations.throwIfAny();
    return text;
  }
}
