package org.steward.handling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ActiveProfiles;
import org.steward.shared.StewardException;

/**
 * A unit's state changes only by its moves ({@link UnitTransition}), each from the states it may start in: a step out
 * of turn is refused (409) and changes nothing.
 */
@SpringBootTest
@ActiveProfiles("test")
class UnitTransitionsTests {

  @Autowired
  UnitTransitions transitions;
  @Autowired
  Handovers handovers;
  @Autowired
  UnitReports reports;
  @Autowired
  UnitExtensions extensions;
  @Autowired
  HandlingManagement handling;

  @Test
  void aMoveOutOfTurn_isRefused_andTheUnitStaysAsItWas() {
    long unitId = handovers.handOver("QY-GUARD-UNIT", "power", List.of(), 3, "zhangwei").get(0);
    HandlingUnit before = handling.unit(unitId);

    assertThatThrownBy(() -> transitions.make(unitId, UnitTransition.DECIDE_EXTENSION,
        Map.of("due_date", before.dueDate().plusDays(7))))
        .isInstanceOfSatisfying(UnitStateConflict.class, e -> {
          assertThat(((StewardException) e).status()).isEqualTo(HttpStatus.CONFLICT);
          assertThat(e.code()).isEqualTo("handling-unit-state-conflict");
        });
    assertThat(handling.unit(unitId)).isEqualTo(before);

    reports.giveFeedback(unitId, "已办结", "power01");
    HandlingUnit finished = handling.unit(unitId);
    assertThatThrownBy(() -> transitions.make(unitId, UnitTransition.RETURN)).isInstanceOf(UnitStateConflict.class);
    assertThatThrownBy(() -> extensions.requestExtension(unitId, LocalDate.of(2099, 1, 5), "晚些", "power01"))
        .isInstanceOfSatisfying(StewardException.class, e -> assertThat(e.status()).isEqualTo(HttpStatus.CONFLICT));
    assertThat(handling.unit(unitId)).isEqualTo(finished);
  }
}
