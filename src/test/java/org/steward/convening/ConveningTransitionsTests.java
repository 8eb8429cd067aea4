package org.steward.convening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ActiveProfiles;

/**
 * A convening's and an opinion's state change only by their moves ({@link ConveningTransition},
 * {@link OpinionTransition}), each from the state it starts in: a move out of turn is refused (409) and changes
 * nothing. Over the test case lookup of {@link ConveningManagementTests}.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(ConveningManagementTests.TestCases.class)
class ConveningTransitionsTests {

  @Autowired
  ConveningManagement convenings;
  @Autowired
  ConveningOpinions opinions;
  @Autowired
  ConveningConclusion conclusion;
  @Autowired
  Convenings reading;
  @Autowired
  ConveningTransitions transitions;

  @Test
  void aMoveOutOfTurn_isRefused_andTheConveningStaysAsItWas() {
    Convening convening = convenings.convene("OPEN-GUARD-1", "能否先行办理临时用地？", List.of("liuyang", "wangjing"), 3,
        "zhangwei");
    long id = convening.id();
    long liuyang = convening.opinions().get(0).id();
    opinions.giveOpinion(liuyang, "同意", "liuyang");

    assertThatThrownBy(() -> opinions.giveOpinion(liuyang, "改口", "liuyang"))
        .isInstanceOfSatisfying(ConveningClosed.class, e -> {
          assertThat(e.status()).isEqualTo(HttpStatus.CONFLICT);
          assertThat(e.code()).isEqualTo("convening-closed");
        });
    assertThatThrownBy(() -> transitions.make(id, liuyang, OpinionTransition.MISS, Map.of("late", true)))
        .isInstanceOf(ConveningClosed.class);
    transitions.make(id, ConveningTransition.CONCLUDE, Map.of("conclusion", "先办临时用地"));
    assertThatThrownBy(() -> transitions.make(id, ConveningTransition.CONCLUDE, Map.of("conclusion", "改写")))
        .isInstanceOf(ConveningClosed.class);
    assertThatThrownBy(() -> conclusion.conclude(id, "再结论", "zhangwei")).isInstanceOf(ConveningClosed.class);

    Convening unchanged = reading.convening(id);
    assertThat(unchanged.state()).isEqualTo(ConveningState.CONCLUDED);
    assertThat(unchanged.conclusion()).isEqualTo("先办临时用地");
    assertThat(unchanged.opinions()).extracting(Opinion::state)
        .containsExactly(OpinionState.GIVEN, OpinionState.OPEN);
    assertThat(unchanged.opinions().get(0).opinion()).isEqualTo("同意");
    assertThat(unchanged.opinions().get(0).late()).isFalse();
  }
}
