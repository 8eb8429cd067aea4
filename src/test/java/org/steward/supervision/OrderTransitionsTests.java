package org.steward.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ActiveProfiles;
import org.steward.directory.DirectoryManagement;
import org.steward.request.RequestFixtures;
import org.steward.request.RequestIntake;
import org.steward.shared.StewardException;

/**
 * A supervision order's state changes only by its moves ({@link OrderTransition}), each from the states it may start
 * in: a step out of turn is refused (409) and changes nothing.
 */
@SpringBootTest(properties = "steward.demo.enabled=true")
@ActiveProfiles("test")
class OrderTransitionsTests {

  @Autowired
  OrderTransitions transitions;
  @Autowired
  OrderIssuing issuing;
  @Autowired
  OrderAnswers answers;
  @Autowired
  OrderReviews reviews;
  @Autowired
  SupervisionOrders orders;
  @Autowired
  RequestIntake requests;
  @Autowired
  DirectoryManagement directory;

  @Test
  void aStepOutOfTurn_isRefused_andTheOrderStaysAsItWas() {
    long ent01 = directory.enterpriseOfUser("ent01").orElseThrow().id();
    String caseNumber = requests.submit(RequestFixtures.request(ent01, "督办单状态守卫"), "ent01", null).request()
        .caseNumber();
    long id = issuing.issue(new NewSupervisionOrder(caseNumber, null, "water", "请三日内反馈", 3), "chenjianguo").id();
    SupervisionOrder issued = orders.order(id);

    assertThatThrownBy(() -> transitions.make(id, OrderTransition.ACCEPT, Map.of("review_note", "越级办结")))
        .isInstanceOfSatisfying(SupervisionOrderNotOpen.class, e -> {
          assertThat(((StewardException) e).status()).isEqualTo(HttpStatus.CONFLICT);
          assertThat(e.code()).isEqualTo("supervision-order-not-open");
        });
    assertThatThrownBy(() -> answers.answer(id, "未签收先反馈", "water01")).isInstanceOf(SupervisionOrderNotOpen.class);
    assertThatThrownBy(() -> reviews.review(id, "ACCEPTED", null, "chenjianguo"))
        .isInstanceOf(SupervisionOrderNotOpen.class);

    assertThat(orders.order(id)).isEqualTo(issued);
  }
}
