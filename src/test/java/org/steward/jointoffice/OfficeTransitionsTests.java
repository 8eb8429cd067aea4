package org.steward.jointoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.util.Collections;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.steward.directory.DirectoryManagement;
import org.steward.request.RequestFixtures;
import org.steward.request.RequestIntake;
import org.steward.shared.StewardClock;

/**
 * An escalation's and a common issue's state change only by their moves ({@link EscalationTransition},
 * {@link CommonIssueTransition}), each from the states it may start in: a move out of turn is refused (409) and changes
 * nothing.
 */
@SpringBootTest
@ActiveProfiles("test")
class OfficeTransitionsTests {

  private static final AtomicInteger ISSUES = new AtomicInteger();

  @Autowired
  OfficeTransitions transitions;
  @Autowired
  EscalationIntake intake;
  @Autowired
  EscalationAnalysis analysis;
  @Autowired
  Escalations escalations;
  @Autowired
  CommonIssues issues;
  @Autowired
  RequestIntake requests;
  @Autowired
  DirectoryManagement directory;
  @Autowired
  JdbcClient jdbc;

  @Test
  void anEscalationsMoveOutOfTurn_isRefused_andTheEscalationStaysAsItWas() {
    long ent01 = directory.enterpriseOfUser("ent01").orElseThrow().id();
    String caseNumber = requests.submit(RequestFixtures.request(ent01, "状态守卫"), "ent01", null).request()
        .caseNumber();
    long id = intake.open(caseNumber, "RETURN", "退单", null, "guard-" + caseNumber, "zhangwei").id();

    assertThatThrownBy(() -> transitions.make(id, EscalationTransition.UNLINK_FROM_COMMON_ISSUE,
        Collections.singletonMap("common_issue_id", null)))
        .isInstanceOfSatisfying(EscalationClosed.class, e -> {
          assertThat(e.status()).isEqualTo(HttpStatus.CONFLICT);
          assertThat(e.code()).isEqualTo("escalation-closed");
        });
    assertThat(escalations.escalation(id).state()).isEqualTo(EscalationState.ANALYSING);

    analysis.analyse(id, new AnalysisInput("DECIDE", null, null, null, null, null, null, null, null, "直接决定"),
        "lianxiban");
    assertThatThrownBy(() -> transitions.make(id, EscalationTransition.CONCLUDE_MEETING, Map.of("resolution", "改写")))
        .isInstanceOf(EscalationClosed.class);
    assertThatThrownBy(() -> analysis.analyse(id, new AnalysisInput("DECIDE", null, null, null, null, null, null,
        null, null, "再决定"), "lianxiban")).isInstanceOf(EscalationClosed.class);

    Escalation unchanged = escalations.escalation(id);
    assertThat(unchanged.state()).isEqualTo(EscalationState.CLOSED);
    assertThat(unchanged.action()).isEqualTo(AnalysisAction.DECIDE);
    assertThat(unchanged.resolution()).isEqualTo("直接决定");
  }

  @Test
  void aSecondResolutionOfACommonIssue_isRefused_andTheFirstStays() {
    String number = "GXGUARD-" + ISSUES.incrementAndGet();
    jdbc.sql("""
        insert into common_issue (number, title, description, state, created_at, created_by)
        values (:number, '园区专线容量不足', '多家企业反映', 'OPEN', :now, 'lianxiban')""")
        .param("number", number).param("now", Timestamp.from(StewardClock.now())).update();
    long id = jdbc.sql("select id from common_issue where number = :number").param("number", number)
        .query(Long.class).single();

    transitions.make(id, CommonIssueTransition.RESOLVE, Map.of("resolution", "新建变电站", "resolved_by", "lianxiban"));
    assertThatThrownBy(() -> transitions.make(id, CommonIssueTransition.RESOLVE, Map.of("resolution", "改写")))
        .isInstanceOfSatisfying(CommonIssueAlreadyResolved.class, e -> {
          assertThat(e.status()).isEqualTo(HttpStatus.CONFLICT);
          assertThat(e.code()).isEqualTo("common-issue-resolved");
        });

    CommonIssueView unchanged = issues.issue(id);
    assertThat(unchanged.state()).isEqualTo(CommonIssueState.RESOLVED);
    assertThat(unchanged.resolution()).isEqualTo("新建变电站");
  }
}
