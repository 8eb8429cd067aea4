package org.steward.project.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.steward.directory.DirectoryManagement;
import org.steward.directory.Enterprise;
import org.steward.directory.StewardGroups;
import org.steward.project.NewProject;
import org.steward.project.ProjectRegistry;
import org.steward.request.Caller;
import org.steward.shared.StewardClock;
import org.steward.shared.StewardException;

/**
 * Three industrial projects of the demo organisation's enterprises, planned from the day they are seeded: two key
 * projects with a leader and one without. Seeded once, after the demo organisation, into a registry without projects.
 */
@Component
@Order(35)
@ConditionalOnProperty(name = "steward.demo.enabled", havingValue = "true")
@RequiredArgsConstructor
class DemoProjects implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoProjects.class);
  private static final Caller SEEDER = new Caller("demo", Set.of(StewardGroups.ADMIN));

  private record Demo(String code, String name, String enterpriseLogin, long investment, String site, String area,
      boolean key, String officer, String leader, String plan, int start, int completion, int production) {
  }

  private static final List<Demo> PROJECTS = List.of(
      new Demo("XM-DEMO-001", "生物医药产业化基地（一期）", "ent03", 120_000, "天河区智慧城核心区地块", "天河区", true,
          "huangqiang", "hejun", "每周现场走访一次，每月召开一次项目推进会，卡点两个工作日内转诉求办理", 30, 240, 360),
      new Demo("XM-DEMO-002", "新能源电池模组生产线", "ent09", 85_000, "南沙区万顷沙产业园", "南沙区", true,
          "huangqiang", "songli", "挂点领导每月调度一次，项目管家每两周报告进度", 7, 200, 300),
      new Demo("XM-DEMO-003", "汽车零部件智能工厂扩建", "ent07", 26_000, "黄埔区云埔工业区", "黄埔区", false,
          "zhouxin", null, null, 45, 180, 270));

  private final ProjectRegistry registry;
  private final DirectoryManagement directory;
  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;

  @Override
  public void run(ApplicationArguments args) {
    if (jdbc.sql("select count(*) from project").query(Long.class).single() > 0) {
      log.info("Projects already registered, no demo projects seeded");
      return;
    }
    if (PROJECTS.stream().anyMatch(demo -> directory.enterpriseOfUser(demo.enterpriseLogin()).isEmpty())) {
      log.warn("Demo organisation incomplete, no demo projects seeded");
      return;
    }
    try {
      transaction.executeWithoutResult(status -> PROJECTS.forEach(this::register));
      log.info("Demo projects seeded: {}", PROJECTS.size());
    } catch (StewardException e) {
      log.error("Demo projects not seeded ({} {})", e.code(), List.of(e.args()), e);
    }
  }

  private void register(Demo demo) {
    Enterprise enterprise = directory.enterpriseOfUser(demo.enterpriseLogin()).orElseThrow();
    LocalDate today = StewardClock.today();
    registry.register(new NewProject(demo.code(), demo.name(), enterprise.id(), demo.investment(), demo.site(),
        demo.area(), demo.key(), demo.officer(), demo.leader(), demo.plan(), today.plusDays(demo.start()).toString(),
        today.plusDays(demo.completion()).toString(), today.plusDays(demo.production()).toString()), SEEDER);
  }
}
