package org.steward.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ActiveProfiles;
import org.steward.directory.DirectoryManagement;
import org.steward.shared.StewardException;

/**
 * A case's state changes only by its moves ({@link RequestTransition}), each from the states it may start in: a step
 * out of turn is refused (409) and changes nothing.
 */
@SpringBootTest(properties = "steward.demo.enabled=true")
@ActiveProfiles("test")
class RequestTransitionsTests {

  @Autowired
  RequestManagement requests;
  @Autowired
  RequestIntake intake;
  @Autowired
  RequestSteps steps;
  @Autowired
  RequestConvening convening;
  @Autowired
  RequestRatings ratings;
  @Autowired
  DirectoryManagement directory;

  @Test
  void everyStateButTheFirstIsEnteredFromSomewhere_andEndedCasesGoNowhere() {
    for (RequestState state : RequestState.values()) {
      assertThat(state.enteredFrom().isEmpty()).as(state.name()).isEqualTo(state == RequestState.SUBMITTED);
      assertThat(state.enteredFrom()).as(state.name()).doesNotContainAnyElementsOf(RequestState.ENDED);
    }
    assertThat(RequestState.CLOSED.enteredFrom()).containsExactly(RequestState.RETURN_VISIT);
    assertThat(RequestState.WITHDRAWN.enteredFrom())
        .isEqualTo(EnumSet.of(RequestState.SUBMITTED, RequestState.ACKNOWLEDGED, RequestState.AWAITING_MATERIAL));
  }

  @Test
  void aStepOutOfTurn_isRefused_andTheCaseStaysAsItWas() {
    long ent01 = directory.enterpriseOfUser("ent01").orElseThrow().id();
    String caseNumber = intake.submit(RequestFixtures.request(ent01, "状态守卫"), "ent01", null).request()
        .caseNumber();

    assertThatThrownBy(() -> ratings.close(caseNumber)).isInstanceOfSatisfying(RequestStateConflict.class, e -> {
      assertThat(((StewardException) e).status()).isEqualTo(HttpStatus.CONFLICT);
      assertThat(e.code()).isEqualTo("request-state-conflict");
    });
    assertThatThrownBy(() -> convening.conveningConcluded(caseNumber)).isInstanceOf(RequestStateConflict.class);
    assertThatThrownBy(() -> steps.recordReply(caseNumber, "答复", "zhangwei"))
        .isInstanceOf(RequestStateConflict.class);

    RequestView unchanged = requests.view(caseNumber);
    assertThat(unchanged.state()).isEqualTo(RequestState.SUBMITTED);
    assertThat(unchanged.reply()).isNull();
  }
}
