package org.steward.survey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.directory.DirectoryManagement;
import org.steward.directory.Enterprise;
import org.steward.request.Caller;
import org.steward.shared.NotFound;

/**
 * A campaign's results for staff: the response rate overall, by officer and by area (as they were when the campaign
 * opened), each question's counts, and every answer. For policy editors, supervisors, leaders and administrators.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class SurveyTally {

  static final String NO_OFFICER = "（未分配首席服务官）";
  static final String NO_AREA = "（未填区域）";

  private final JdbcClient jdbc;
  private final Campaigns campaigns;
  private final SurveyAnswers answers;
  private final DirectoryManagement directory;

  /** The results of campaign {@code campaignId} now (while it is open, so far). */
  public SurveyResults results(long campaignId, Caller caller) {
    campaigns.checkReader(caller);
    return results(campaignId);
  }

  private SurveyResults results(long campaignId) {
    CampaignView campaign = campaigns.view(campaignId);
    SurveyForm form = campaigns.form(campaignId);
    Map<Long, SurveyAnswers.Stored> stored = answers.stored(campaignId);
    List<Recipient> recipients = jdbc.sql("""
            select enterprise_id, officer_id, area from survey_recipient where campaign_id = :campaign
            order by enterprise_id""").param("campaign", campaignId)
        .query((rs, n) -> new Recipient(rs.getLong("enterprise_id"), rs.getString("officer_id"),
            rs.getString("area"))).list();
    Map<String, String> officerNames = new TreeMap<>();
    recipients.stream().map(Recipient::officer).filter(Objects::nonNull).distinct()
        .forEach(id -> officerNames.put(id, directory.userName(id)));
    Function<Recipient, String> officerName = r -> r.officer() == null ? NO_OFFICER : officerNames.get(r.officer());
    List<SurveyResults.RawAnswer> raw = new ArrayList<>();
    for (Recipient recipient : recipients) {
      SurveyAnswers.Stored answer = stored.get(recipient.enterprise());
      if (answer != null) {
        raw.add(raw(form, recipient.enterprise(), officerName.apply(recipient), answer));
      }
    }
    return new SurveyResults(campaignId, campaign.title(), campaign.opensOn(), campaign.closesOn(),
        campaign.state() == CampaignState.CLOSED,
        new SurveyResults.Rate(SurveyResults.ALL, recipients.size(), stored.size()),
        rates(recipients, stored, officerName), rates(recipients, stored, r -> r.area() == null ? NO_AREA : r.area()),
        questions(form, stored.values().stream().map(SurveyAnswers.Stored::values).toList()), raw);
  }

  /**
   * Enterprise {@code enterpriseId}'s answer to campaign {@code campaignId}, for its officer (who may raise a request
   * from it) and for those who read results.
   *
   * @throws NotFound when the enterprise has not answered
   * @throws SurveyForbidden for anyone else
   */
  public SurveyResults.RawAnswer answerOf(long campaignId, long enterpriseId, Caller caller) {
    boolean officer = directory.officerOf(enterpriseId).map(o -> o.id().equals(caller.userId())).orElse(false);
    if (!officer) {
      campaigns.checkReader(caller);
    }
    SurveyAnswers.Stored answer = answers.stored(campaignId, enterpriseId)
        .orElseThrow(() -> new NotFound("survey-answer", enterpriseId));
    String officerId = jdbc.sql("""
            select officer_id from survey_recipient where campaign_id = :campaign and enterprise_id = :enterprise""")
        .param("campaign", campaignId).param("enterprise", enterpriseId).query(String.class).single();
    return raw(campaigns.form(campaignId), enterpriseId,
        officerId == null ? NO_OFFICER : directory.userName(officerId), answer);
  }

  /** One enterprise's answer with each question's value as text. */
  private SurveyResults.RawAnswer raw(SurveyForm form, long enterpriseId, String officerName,
      SurveyAnswers.Stored answer) {
    Map<String, String> display = new LinkedHashMap<>();
    form.questions().forEach(q -> display.put(q.key(), q.display(answer.values().get(q.key()))));
    return new SurveyResults.RawAnswer(enterpriseId,
        directory.enterprise(enterpriseId).map(Enterprise::name).orElse("#" + enterpriseId), officerName,
        answer.at(), display);
  }

  /** Each question's answered count and, for choices, each option's count, in the form's order. */
  static List<SurveyResults.QuestionResult> questions(SurveyForm form, List<Map<String, Object>> given) {
    List<SurveyResults.QuestionResult> results = new ArrayList<>();
    for (Question question : form.questions()) {
      List<Object> values = given.stream().map(a -> a.get(question.key())).filter(Objects::nonNull).toList();
      List<SurveyResults.OptionCount> options = !question.countable() ? List.of() : question.options().stream()
          .map(o -> new SurveyResults.OptionCount(o.value(), o.label(), (int) values.stream()
              .filter(v -> v instanceof List<?> list ? list.contains(o.value()) : o.value().equals(v)).count()))
          .toList();
      results.add(new SurveyResults.QuestionResult(question.key(), question.label(), question.countable(),
          values.size(), options));
    }
    return results;
  }

  private static List<SurveyResults.Rate> rates(List<Recipient> recipients, Map<Long, SurveyAnswers.Stored> stored,
      Function<Recipient, String> group) {
    Map<String, int[]> counts = new TreeMap<>();
    for (Recipient recipient : recipients) {
      int[] count = counts.computeIfAbsent(group.apply(recipient), g -> new int[2]);
      count[0]++;
      count[1] += stored.containsKey(recipient.enterprise()) ? 1 : 0;
    }
    return counts.entrySet().stream().map(e -> new SurveyResults.Rate(e.getKey(), e.getValue()[0], e.getValue()[1]))
        .toList();
  }

  private record Recipient(long enterprise, String officer, String area) {
  }
}
