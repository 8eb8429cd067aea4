package org.steward.survey.demo;

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
import org.steward.directory.StewardGroups;
import org.steward.directory.TargetInput;
import org.steward.request.Caller;
import org.steward.shared.StewardClock;
import org.steward.shared.StewardException;
import org.steward.survey.Campaigns;
import org.steward.survey.NewCampaign;

/**
 * One survey campaign of the demo organisation: the 经营现状调查 for the enterprises of 黄埔区, open from the day it is
 * seeded for three weeks (the engine's job executor opens it moments after start-up). Seeded once, into an empty
 * campaign table.
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "steward.demo.enabled", havingValue = "true")
@RequiredArgsConstructor
class DemoSurveys implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoSurveys.class);
  private static final Caller SEEDER = new Caller("demo", Set.of(StewardGroups.ADMIN));

  private final Campaigns campaigns;
  private final JdbcClient jdbc;

  @Override
  public void run(ApplicationArguments args) {
    if (jdbc.sql("select count(*) from survey_campaign").query(Long.class).single() > 0) {
      log.info("Survey campaigns exist already, no demo campaign seeded");
      return;
    }
    try {
      campaigns.create(new NewCampaign("business-conditions", "本季度企业经营现状调查",
          new TargetInput(List.of(), List.of("黄埔区"), List.of(), false, List.of()), StewardClock.today().toString(),
          StewardClock.today().plusWeeks(3).toString(), null), SEEDER);
      log.info("Demo survey campaign seeded");
    } catch (StewardException e) {
      log.error("Demo survey campaign not seeded ({} {})", e.code(), List.of(e.args()), e);
    }
  }
}
