package org.steward.deputy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Set;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.steward.directory.StewardGroups;
import org.steward.request.Caller;
import org.steward.shared.InvalidInput;
import org.steward.shared.StewardClock;

/** The rules of a leave on H2: who sets it, which dates and deputies it takes, and that leaves never overlap. */
@SpringBootTest(properties = "steward.demo.enabled=true")
@ActiveProfiles("test")
class LeavesTests {

  private static final Caller XUMING = new Caller("xuming", Set.of(StewardGroups.OFFICERS));
  private static final Caller ADMIN = new Caller("admin", Set.of(StewardGroups.ADMIN));

  @Autowired
  Leaves leaves;
  @Autowired
  JdbcClient jdbc;

  @BeforeEach
  void monday() {
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(LocalDate.of(2030, 3, 4).atTime(10, 0), StewardClock.ZONE)
        .toInstant()));
  }

  @AfterEach
  void cancelLeaves() {
    jdbc.sql("select id from deputy_leave where officer_id = 'xuming' and state in ('SCHEDULED', 'ACTIVE')")
        .query(Long.class).list().forEach(id -> leaves.cancel(id, ADMIN));
    ClockUtil.reset();
  }

  @Test
  void adjacentLeavesAreFine_overlappingOnesConflict_andACancelledOneFreesItsDays() {
    Leave first = leaves.create(leave("2030-03-11", "2030-03-15"), XUMING);
    assertThat(first.state()).isEqualTo(LeaveState.SCHEDULED);
    assertThat(first.officerName()).isEqualTo("徐明");
    leaves.create(leave("2030-03-16", "2030-03-16"), XUMING);

    assertThatThrownBy(() -> leaves.create(leave("2030-03-08", "2030-03-11"), XUMING))
        .isInstanceOf(LeaveOverlaps.class);
    leaves.cancel(first.id(), XUMING);
    assertThat(leaves.create(leave("2030-03-08", "2030-03-11"), XUMING).state()).isEqualTo(LeaveState.SCHEDULED);
  }

  @Test
  void badLeave_namesEveryBadField() {
    assertThatThrownBy(() -> leaves.create(new NewLeave(null, "xuming", "2030-03-01", "2030-02-28", null), XUMING))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations())
            .extracting(InvalidInput.FieldViolation::field).containsExactlyInAnyOrder("deputyId", "startsOn",
                "endsOn"));
    assertThatThrownBy(() -> leaves.create(new NewLeave(null, " ", "3.11.", "2030-03-12", null), XUMING))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations())
            .extracting(InvalidInput.FieldViolation::code).containsExactlyInAnyOrder("NotBlank", "NotADate"));
    assertThatThrownBy(() -> leaves.create(new NewLeave("xuming", "hejun", "2030-03-11", "2030-03-12", null), XUMING))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations())
            .extracting(InvalidInput.FieldViolation::code).containsExactly("deputy.officer.unknown"));
  }

  @Test
  void onlyTheOfficer_theOfficersSupervisor_andAdministratorsSetALeave() {
    assertThatThrownBy(() -> leaves.create(new NewLeave("xuming", "lina", "2030-03-11", "2030-03-12", null),
        new Caller("zhangwei", Set.of(StewardGroups.OFFICERS)))).isInstanceOf(DeputyForbidden.class);
    Leave bySupervisor = leaves.create(new NewLeave("xuming", "lina", "2030-03-11", "2030-03-12", null),
        new Caller("linhui", Set.of(StewardGroups.OFFICERS, StewardGroups.SUPERVISORS)));
    assertThatThrownBy(() -> leaves.cancel(bySupervisor.id(), new Caller("zhangwei", Set.of(StewardGroups.OFFICERS))))
        .isInstanceOf(DeputyForbidden.class);
    assertThat(leaves.list(new Caller("lina", Set.of(StewardGroups.OFFICERS)))).extracting(Leave::id)
        .contains(bySupervisor.id());
    assertThat(leaves.list(new Caller("zhangwei", Set.of(StewardGroups.OFFICERS)))).extracting(Leave::id)
        .doesNotContain(bySupervisor.id());
  }

  private static NewLeave leave(String startsOn, String endsOn) {
    return new NewLeave(null, "liuyang", startsOn, endsOn, "年休假");
  }
}
