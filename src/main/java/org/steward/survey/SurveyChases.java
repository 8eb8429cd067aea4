package org.steward.survey;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.deadline.Deadline;
import org.steward.deadline.DeadlineSubject;
import org.steward.deadline.Deadlines;
import org.steward.deadline.RowSubjects;
import org.steward.directory.DirectoryManagement;
import org.steward.directory.Enterprise;
import org.steward.shared.NotFound;
import org.steward.shared.StateMoves;
import org.steward.shared.StewardClock;
import org.steward.shared.Violations;

/**
 * 催答: after the reminder each officer with enterprises that have not answered gets one task listing them, due in
 * {@link #CHASE_DAYS} working days (at the latest on the close date); a deadline subject ({@code chase}: yellow a
 * working day before, red after). Chases still open end when the campaign closes ({@link Campaigns#close}).
 */
@Service
@Transactional
@RequiredArgsConstructor
public class SurveyChases {

  static final int CHASE_DAYS = 2;
  static final int WARNING_DAYS = 1;
  static final int MAX_NOTE = 2000;

  private final JdbcClient jdbc;
  private final Campaigns campaigns;
  private final DirectoryManagement directory;
  private final Deadlines deadlines;

  /** An open chase: its id, the non-responders it lists (one per line) and its deadline. */
  public record Opened(long id, String nonResponders, Deadline deadline) {
  }

  /** Opens officer {@code officer}'s chase of campaign {@code campaignId}'s enterprises that have not answered. */
  public Opened open(long campaignId, String officer) {
    CampaignView campaign = campaigns.view(campaignId);
    Deadline deadline = deadlines.inWorkingDays(StewardClock.today(), CHASE_DAYS, WARNING_DAYS);
    if (deadline.dueDate().isAfter(campaign.closesOn())) {
      deadline = deadlines.of(campaign.closesOn(), WARNING_DAYS);
    }
    LocalDate due = deadline.dueDate();
    var key = new GeneratedKeyHolder();
    jdbc.sql("""
            insert into survey_chase (campaign_id, officer_id, state, due_date)
            values (:campaign, :officer, 'OPEN', :due)""")
        .param("campaign", campaignId).param("officer", officer).param("due", due).update(key, "id");
    return new Opened(key.getKey().longValue(), nonResponders(campaignId, officer), deadline);
  }

  /**
   * The officer chased its enterprises: what they said (required).
   *
   * @throws org.steward.shared.InvalidInput (note)
   * @throws NotFound when the chase is not open
   */
  public void done(long chaseId, String note, String byUser) {
    Violations violations = new Violations();
    String text = violations.text("note", note, MAX_NOTE);
    violations.throwIfAny();
    if (!StateMoves.move(jdbc, "survey_chase", chaseId, ChaseState.DONE, Set.of(ChaseState.OPEN),
        Map.of("note", text, "done_by", byUser, "done_at", Timestamp.from(StewardClock.now())))) {
      throw new NotFound("survey-chase", chaseId);
    }
  }

  /** The enterprises of {@code officer} that have not answered campaign {@code campaignId}, one per line. */
  String nonResponders(long campaignId, String officer) {
    List<Long> silent = jdbc.sql("""
            select r.enterprise_id from survey_recipient r where r.campaign_id = :campaign and r.officer_id = :officer
              and not exists (select 1 from survey_answer a where a.campaign_id = r.campaign_id
                and a.enterprise_id = r.enterprise_id)
            order by r.enterprise_id""")
        .param("campaign", campaignId).param("officer", officer).query(Long.class).list();
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < silent.size(); i++) {
      String name = directory.enterprise(silent.get(i)).map(Enterprise::name).orElse("#" + silent.get(i));
      String more = "……等 " + silent.size() + " 家";
      if (lines.length() + name.length() + more.length() + 1 > Violations.MAX_VARIABLE_TEXT) {
        return lines.append(more).toString();
      }
      lines.append(i == 0 ? "" : "\n").append(name);
    }
    return lines.toString();
  }

  /** A chase as a deadline subject, one per officer in a campaign's instance. */
  @Bean
  DeadlineSubject chaseSubject(RowSubjects rows) {
    return rows.of("chase", "survey_chase", "chaseId", "campaign_id", "SURVEY-", WARNING_DAYS, "survey-chase");
  }

  /** A chase's state: open, done by the officer, or ended by the close. */
  enum ChaseState {
    OPEN, DONE, ENDED
  }
}
