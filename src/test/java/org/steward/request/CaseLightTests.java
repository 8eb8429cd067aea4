package org.steward.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.steward.access.CaseReader;
import org.steward.deadline.Light;
import org.steward.deadline.Lights;
import org.steward.directory.DirectoryManagement;
import org.steward.directory.StewardGroups;
import org.steward.handling.Handovers;
import org.steward.ledger.CaseStandings;
import org.steward.ledger.Ledger;
import org.steward.ledger.LedgerFilter;
import org.steward.ledger.LedgerPage;
import org.steward.shared.StewardClock;

/**
 * A case's light is one rule, read two ways: the case view ({@link RequestManagement#view}) and the ledger's row (SQL,
 * for filtering and sorting) agree for the same cases in every state, once the timers have run: a response still
 * green, yellow and red, withdrawn, closed for want of material, and a unit yellow then red (signalled as its timer
 * does).
 */
@SpringBootTest
@ActiveProfiles("test")
class CaseLightTests {

  private static final CaseReader SUPERVISOR = new CaseReader("chenjianguo", Set.of(StewardGroups.SUPERVISORS));

  @Autowired
  RequestIntake intake;
  @Autowired
  RequestSteps steps;
  @Autowired
  RequestManagement requests;
  @Autowired
  Withdrawal withdrawal;
  @Autowired
  Handovers handovers;
  @Autowired
  Ledger ledger;
  @Autowired
  Lights lights;
  @Autowired
  DirectoryManagement directory;
  @Autowired
  RuntimeService runtime;
  @Autowired
  ManagementService management;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  CaseStandings standings;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void theCaseViewAndTheLedgerShowTheSameLight_inEveryState() {
    at(LocalDateTime.of(2026, 3, 2, 10, 0));
    String red = submit("红灯");
    String withdrawn = submit("撤回");
    String noResponse = submit("未补充材料");
    String unit = submit("部门办理");
    steps.acknowledge(unit, "zhangwei", "已收到，交部门办理");
    long unitId = handovers.handOver(unit, "water", List.of(), 1, "zhangwei").get(0);
    at(LocalDateTime.of(2026, 3, 2, 14, 0));
    String yellow = submit("黄灯");
    at(LocalDateTime.of(2026, 3, 3, 9, 0));
    String green = submit("绿灯");

    at(LocalDateTime.of(2026, 3, 3, 10, 0));
    runTimers(red, withdrawn, noResponse, unit, yellow, green);
    // the unit's own timer (its department-handling instance starts from the request's process, not this handover)
    lights.signal("unit", Long.toString(unitId), Light.YELLOW);
    withdrawal.withdraw(withdrawn, "已自行解决", new Caller("ent01", Set.of(StewardGroups.ENTERPRISES)));
    // closed for want of material (the material timer's end, without its weeks of waiting)
    jdbc.sql("update request set state = 'NO_RESPONSE' where case_number = :caseNumber")
        .param("caseNumber", noResponse).update();
    standings.refresh(noResponse);

    Map<String, Light> expected = new LinkedHashMap<>();
    expected.put(green, Light.GREEN);
    expected.put(yellow, Light.YELLOW);
    expected.put(red, Light.RED);
    expected.put(withdrawn, Light.GREEN);
    expected.put(noResponse, Light.GREEN);
    expected.put(unit, Light.YELLOW);
    assertThat(viewLights(expected.keySet())).as("the case view").isEqualTo(expected);
    assertThat(ledgerLights(expected.keySet())).as("the ledger").isEqualTo(expected);

    at(LocalDateTime.of(2026, 3, 4, 10, 0));
    runTimers(unit);
    lights.signal("unit", Long.toString(unitId), Light.RED);
    assertThat(viewLights(Set.of(unit))).as("the case view").containsEntry(unit, Light.RED);
    assertThat(ledgerLights(Set.of(unit))).as("the ledger").containsEntry(unit, Light.RED);
  }

  private String submit(String title) {
    long ent01 = directory.enterpriseOfUser("ent01").orElseThrow().id();
    return intake.submit(RequestFixtures.request(ent01, "灯色一致：" + title), "ent01", null).request().caseNumber();
  }

  private Map<String, Light> viewLights(Set<String> caseNumbers) {
    Map<String, Light> lights = new LinkedHashMap<>();
    caseNumbers.forEach(caseNumber -> lights.put(caseNumber, requests.view(caseNumber).light()));
    return lights;
  }

  private Map<String, Light> ledgerLights(Set<String> caseNumbers) {
    Map<String, Light> found = new HashMap<>();
    for (int page = 0; ; page++) {
      LedgerPage rows = ledger.page(new LedgerFilter(null, null, null, null, null, null, LocalDate.of(2026, 3, 2),
          LocalDate.of(2026, 3, 3), page, Ledger.MAX_PAGE_SIZE, null), SUPERVISOR);
      rows.items().stream().filter(row -> caseNumbers.contains(row.caseNumber()))
          .forEach(row -> found.put(row.caseNumber(), Light.valueOf(row.light())));
      if (rows.items().size() < Ledger.MAX_PAGE_SIZE) {
        break;
      }
    }
    Map<String, Light> lights = new LinkedHashMap<>();
    caseNumbers.forEach(caseNumber -> lights.put(caseNumber, found.get(caseNumber)));
    return lights;
  }

  /** Runs the due timers of the cases' instances (the request's and its units'), as the job executor would. */
  private void runTimers(String... caseNumbers) {
    for (String caseNumber : caseNumbers) {
      List<Long> units = jdbc.sql("select id from handling_unit where case_number = :caseNumber")
          .param("caseNumber", caseNumber).query(Long.class).list();
      List<String> instances = Stream.concat(
          runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).list().stream(),
          units.stream().flatMap(unit -> runtime.createProcessInstanceQuery().variableValueEquals("unitId", unit)
              .list().stream()))
          .map(ProcessInstance::getId).distinct().toList();
      for (String instance : instances) {
        for (Job job : management.createJobQuery().processInstanceId(instance).timers()
            .duedateLowerThan(new Date(ClockUtil.getCurrentTime().getTime() + 1)).list()) {
          management.executeJob(job.getId());
        }
      }
    }
  }

  private static void at(LocalDateTime time) {
    ClockUtil.setCurrentTime(Date.from(time.atZone(StewardClock.ZONE).toInstant()));
  }
}
