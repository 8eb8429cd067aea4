package org.steward.survey;

import static org.steward.shared.Rows.instant;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import lombok.RequiredArgsConstructor;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.shared.NotFound;
import org.steward.shared.SafeMarkdown;
import org.steward.shared.StewardClock;

/**
 * The enterprise's side of a survey: the surveys it was asked (open first, then newest), one survey with its answers,
 * and answering: one answer per enterprise, changed in place until the close. A survey the enterprise was not asked
 * is, for it, no survey at all ({@link NotFound}); another enterprise's answer is never shown.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class SurveyAnswers {

  private static final TypeReference<Map<String, Object>> VALUES = new TypeReference<>() {
  };

  private final JdbcClient jdbc;
  private final Campaigns campaigns;
  private final ObjectMapper json;

  /** The surveys {@code enterpriseId} was asked: the open ones first, then by close date, newest first. */
  @Transactional(readOnly = true)
  public List<SurveyItem> forEnterprise(long enterpriseId) {
    Instant now = StewardClock.now();
    return jdbc.sql("""
            select c.id, c.title, c.closes_on, c.state, a.answered_at
            from survey_recipient r join survey_campaign c on c.id = r.campaign_id
              left join survey_answer a on a.campaign_id = r.campaign_id and a.enterprise_id = r.enterprise_id
            where r.enterprise_id = :enterprise
            order by case when c.state = 'OPEN' then 0 else 1 end, c.closes_on desc, c.id desc""")
        .param("enterprise", enterpriseId)
        .query((rs, n) -> {
          var closes = rs.getObject("closes_on", LocalDate.class);
          boolean open = "OPEN".equals(rs.getString("state")) && now.isBefore(Campaigns.closesAt(closes));
          return new SurveyItem(rs.getLong("id"), rs.getString("title"), closes, open, shanghai(instant(rs,
              "answered_at")));
        }).list();
  }

  /** How many open surveys the enterprise has not answered yet. */
  @Transactional(readOnly = true)
  public long unanswered(long enterpriseId) {
    return forEnterprise(enterpriseId).stream().filter(s -> s.open() && s.answeredAt() == null).count();
  }

  /** Survey {@code campaignId} as enterprise {@code enterpriseId} answers it. */
  @Transactional(readOnly = true)
  public SurveyPage page(long campaignId, long enterpriseId) {
    asked(campaignId, enterpriseId);
    CampaignView campaign = campaigns.view(campaignId);
    SurveyForm form = campaigns.form(campaignId);
    Optional<Stored> stored = stored(campaignId, enterpriseId);
    return new SurveyPage(campaignId, campaign.title(),
        SafeMarkdown.html(String.join("\n\n", form.intro())), form.questions(),
        stored.map(Stored::values).orElse(Map.of()), campaign.closesOn(),
        Campaigns.answerable(campaign, StewardClock.now()), stored.map(s -> shanghai(s.at())).orElse(null));
  }

  /**
   * Stores enterprise {@code enterpriseId}'s answer to campaign {@code campaignId} as user {@code userId} gave it
   * (raw values by question key, as an HTML form posts them), replacing an earlier one.
   *
   * @throws org.steward.shared.InvalidInput naming every bad answer; nothing is stored
   * @throws SurveyClosed when the campaign does not take answers (not open yet, or closed)
   */
  public void answer(long campaignId, long enterpriseId, String userId, Map<String, List<String>> raw) {
    asked(campaignId, enterpriseId);
    CampaignView campaign = campaigns.view(campaignId);
    if (!Campaigns.answerable(campaign, StewardClock.now())) {
      throw new SurveyClosed(campaignId);
    }
    String values = write(campaigns.form(campaignId).validate(raw == null ? Map.of() : raw));
    Timestamp now = Timestamp.from(StewardClock.now());
    if (update(campaignId, enterpriseId, userId, values, now) == 0) {
      try {
        jdbc.sql("""
                insert into survey_answer (campaign_id, enterprise_id, answers, answered_by, first_at, answered_at)
                values (:campaign, :enterprise, :answers, :user, :now, :now)""")
            .param("campaign", campaignId).param("enterprise", enterpriseId).param("answers", values)
            .param("user", userId).param("now", now).update();
      } catch (DuplicateKeyException firstAnswerRaced) {
        update(campaignId, enterpriseId, userId, values, now);
      }
    }
  }

  /** The stored answers of a campaign by enterprise id, for the results. */
  @Transactional(readOnly = true)
  Map<Long, Stored> stored(long campaignId) {
    var answers = new LinkedHashMap<Long, Stored>();
    jdbc.sql("select enterprise_id, answers, answered_at from survey_answer where campaign_id = :campaign "
            + "order by enterprise_id").param("campaign", campaignId)
        .query((rs, n) -> answers.put(rs.getLong("enterprise_id"),
            new Stored(read(rs.getString("answers")), instant(rs, "answered_at")))).list();
    return answers;
  }

  /** The answer of one enterprise, when it answered. */
  @Transactional(readOnly = true)
  Optional<Stored> stored(long campaignId, long enterpriseId) {
    return jdbc.sql("select answers, answered_at from survey_answer where campaign_id = :campaign "
            + "and enterprise_id = :enterprise").param("campaign", campaignId).param("enterprise", enterpriseId)
        .query((rs, n) -> new Stored(read(rs.getString("answers")), instant(rs, "answered_at"))).optional();
  }

  /** An enterprise's stored answer: the values by question key, and when it last changed. */
  record Stored(Map<String, Object> values, Instant at) {
  }

  private int update(long campaignId, long enterpriseId, String userId, String values, Timestamp now) {
    return jdbc.sql("""
            update survey_answer set answers = :answers, answered_by = :user, answered_at = :now
            where campaign_id = :campaign and enterprise_id = :enterprise""")
        .param("answers", values).param("user", userId).param("now", now).param("campaign", campaignId)
        .param("enterprise", enterpriseId).update();
  }

  private void asked(long campaignId, long enterpriseId) {
    if (jdbc.sql("select count(*) from survey_recipient where campaign_id = :campaign and enterprise_id = :enterprise")
        .param("campaign", campaignId).param("enterprise", enterpriseId).query(Long.class).single() == 0) {
      throw new NotFound("survey", campaignId);
    }
  }

  private String write(Map<String, Object> values) {
    try {
      return json.writeValueAsString(values);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an answer that cannot be written as JSON", e);
    }
  }

  private Map<String, Object> read(String text) {
    try {
      return json.readValue(text, VALUES);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored answer that is not JSON", e);
    }
  }

  private static OffsetDateTime shanghai(Instant instant) {
    return instant == null ? null : instant.atZone(StewardClock.ZONE).toOffsetDateTime();
  }
}
