package org.steward.request;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import lombok.RequiredArgsConstructor;
/**
 * Where a case stands, with the Chinese word people read; set by the steps of the {@code enterprise-request} process.
 */
@RequiredArgsConstructor
public enum RequestState {
  /** Submitted, waiting for the officer to sign for it. */
  SUBMITTED("待签收"),
  /** Signed for; the officer decides how to handle it. */
  ACKNOWLEDGED("已签收"),
  /** Handed over to departments. */
  HANDLING("部门办理中"),
  /** Other officers were convened and give their opinions. */
  CONVENING("召集协同中"),
  /** With the joint-meeting office. */
  JOINT_OFFICE("联席会议办公室处理中"),
  /** The lead department consolidates the units' feedback. */
  CONSOLIDATING("汇总中"),
  /** The officer writes the reply to the enterprise. */
  REPLYING("待答复"),
  /** Replied; waiting for the enterprise's satisfaction. */
  RETURN_VISIT("待回访"),
  /** Closed out (销号). */
  CLOSED("已销号"),
  /** Withdrawn by the enterprise before hand-over. */
  WITHDRAWN("已撤回"),
  /** The officer asked the enterprise for more material and waits for it. */
  AWAITING_MATERIAL("待补充材料"),
  /** Closed because the enterprise never supplied the material asked for. */
  NO_RESPONSE("未补充材料已关闭");

  /** The states a case may enter this one from, by any of its moves ({@link RequestTransition}); none for SUBMITTED. */
  public Set<RequestState> enteredFrom() {
    Set<RequestState> from = EnumSet.noneOf(RequestState.class);
    for (RequestTransition move : RequestTransition.values()) {
      if (move.to() == this) {
        from.addAll(move.from());
      }
    }
    return from;
  }

  /** The states in which a case has ended: closed out, withdrawn, or closed for want of material. */
  public static final Set<RequestState> ENDED = EnumSet.of(CLOSED, WITHDRAWN, NO_RESPONSE);

  private final String label;

  public String label() {
    return label;
  }

  /** The Chinese word of a state's name, or the name itself when it is none. */
  public static String labelOf(String name) {
    return Arrays.stream(values()).filter(s -> s.name().equals(name)).findFirst().map(RequestState::label)
        .orElse(name);
  }
}
