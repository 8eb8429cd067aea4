package org.steward.survey;

import static org.steward.shared.Rows.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.calendar.WorkingDayCalendar;
import org.steward.directory.DirectoryManagement;
import org.steward.directory.Enterprise;
import org.steward.directory.OfficerSummary;
import org.steward.directory.StewardGroups;
import org.steward.directory.TargetMatching;
import org.steward.directory.TargetRule;
import org.steward.directory.TargetRules;
import org.steward.notification.Notifications;
import org.steward.request.Caller;
import org.steward.shared.InvalidInput;
import org.steward.shared.NotFound;
import org.steward.shared.StateMoves;
import org.steward.shared.StewardClock;
import org.steward.shared.Texts;
import org.steward.shared.Violations;
import org.steward.survey.process.SurveyEngine;

/**
 * Survey campaigns (问卷调查): policy editors and administrators create one from a survey form, a target rule and its
 * dates; its {@code survey-campaign} instance opens it (the matching enterprises are asked and told), reminds the
 * non-responders before the close, has their officers chase them, and closes it.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class Campaigns {

  /** Working days before the close at which non-responders are reminded, unless the campaign says otherwise. */
  public static final int DEFAULT_REMINDER_DAYS = 3;
  static final int MAX_REMINDER_DAYS = 10;
  static final int MAX_TITLE = 200;
  /** The hour (Beijing time) at which the reminder goes out on its day. */
  static final int REMINDER_HOUR = 9;
  static final String SURVEY_OPENED = "SURVEY_OPENED";
  static final String SURVEY_REMINDER = "SURVEY_REMINDER";
  /** Who reads campaigns and their results besides administrators: the editors and those who read the reports. */
  private static final Set<String> RESULT_READERS = Set.of(StewardGroups.POLICY_EDITORS, StewardGroups.SUPERVISORS,
      StewardGroups.JOINT_OFFICE, StewardGroups.LEADERS);
  private static final TargetRules.Table TARGETS = new TargetRules.Table("survey_target", "campaign_id");

  private final JdbcClient jdbc;
  private final JdbcTemplate batches;
  private final SurveyForms forms;
  private final TargetRules targets;
  private final TargetMatching matching;
  private final DirectoryManagement directory;
  private final Notifications notifications;
  private final WorkingDayCalendar calendar;
  private final SurveyEngine engine;

  /**
   * Creates a campaign and starts its instance, which opens it on its open date (at once when that is today).
   *
   * @throws InvalidInput naming every bad field; nothing is stored
   */
  public CampaignView create(NewCampaign campaign, Caller caller) {
    checkEditor(caller);
    if (campaign == null) {
      throw new InvalidInput("body", "NotNull");
    }
    Violations violations = new Violations();
    Optional<SurveyForm> form = Optional.empty();
    if (campaign.formId() == null || campaign.formId().isBlank()) {
      violations.add("formId", "NotBlank");
    } else {
      form = forms.find(campaign.formId().strip());
      if (form.isEmpty()) {
        violations.add("formId", "survey.form.unknown", Texts.shorten(campaign.formId().strip(), 64));
      }
    }
    String title = violations.line("title", campaign.title(), MAX_TITLE);
    LocalDate opens = violations.date("opensOn", campaign.opensOn());
    LocalDate closes = violations.date("closesOn", campaign.closesOn());
    if (opens != null && opens.isBefore(StewardClock.today())) {
      violations.add("opensOn", "survey.opensOn.past");
    }
    if (opens != null && closes != null && closes.isBefore(opens)) {
      violations.add("closesOn", "survey.closesOn.beforeOpen");
    }
    Integer reminder = campaign.reminderDays() == null ? DEFAULT_REMINDER_DAYS : violations.whole("reminderDays",
        campaign.reminderDays(), 1, MAX_REMINDER_DAYS, "survey.reminderDays.range");
    TargetRule rule = targets.read(violations, campaign.target());
    violations.throwIfAny();
    var key = new GeneratedKeyHolder();
    jdbc.sql("""
            insert into survey_campaign (form_id, form_json, title, opens_on, closes_on, reminder_days, state,
              created_by, created_at)
            values (:form, :json, :title, :opens, :closes, :reminder, 'SCHEDULED', :by, :now)""")
        .param("form", form.get().id()).param("json", form.get().json()).param("title", title)
        .param("opens", opens).param("closes", closes).param("reminder", reminder).param("by", caller.userId())
        .param("now", Timestamp.from(StewardClock.now())).update(key, "id");
    long id = key.getKey().longValue();
    targets.store(TARGETS, id, rule);
    engine.start(id, title, opensAt(opens), remindAt(opens, closes, reminder), closesAt(closes));
    return view(id);
  }

  /** 开放问卷: asks the enterprises the rule matches now and tells their users; answers how many were asked. */
  public int open(long id) {
    if (!StateMoves.move(jdbc, "survey_campaign", id, CampaignState.OPEN, Set.of(CampaignState.SCHEDULED),
        Map.of("opened_at", Timestamp.from(StewardClock.now())))) {
      return 0;
    }
    CampaignView campaign = view(id);
    Timestamp now = Timestamp.from(StewardClock.now());
    List<Enterprise> asked = new ArrayList<>();
    for (TargetMatching.Match match : matching.matching(campaign.target())) {
      directory.enterprise(match.enterpriseId()).ifPresent(asked::add);
    }
    batches.batchUpdate("""
            insert into survey_recipient (campaign_id, enterprise_id, officer_id, area, told_at)
            values (?, ?, ?, ?, ?)""", asked.stream().map(e -> new Object[] {id, e.id(),
        Optional.ofNullable(e.officer()).map(OfficerSummary::id).orElse(null), e.area(), now}).toList());
    tell(asked.stream().map(Enterprise::id).toList(), SURVEY_OPENED,
        "新问卷：" + campaign.title() + "，请于 " + campaign.closesOn() + " 前填写");
    return asked.size();
  }

  /**
   * 提醒未答企业: reminds the enterprises that have not answered; answers their officers (each chases its own), in
   * order.
   */
  public List<String> remind(long id) {
    CampaignView campaign = view(id);
    if (campaign.state() != CampaignState.OPEN) {
      return List.of();
    }
    List<Long> silent = jdbc.sql("""
            select r.enterprise_id from survey_recipient r where r.campaign_id = :id and not exists
              (select 1 from survey_answer a where a.campaign_id = r.campaign_id and a.enterprise_id = r.enterprise_id)
            order by r.enterprise_id""").param("id", id).query(Long.class).list();
    tell(silent, SURVEY_REMINDER, "问卷即将截止：" + campaign.title() + "，请于 " + campaign.closesOn() + " 前填写");
    jdbc.sql("""
            update survey_recipient set reminded_at = :now where campaign_id = :id and not exists
              (select 1 from survey_answer a where a.campaign_id = survey_recipient.campaign_id
                and a.enterprise_id = survey_recipient.enterprise_id)""")
        .param("now", Timestamp.from(StewardClock.now())).param("id", id).update();
    return jdbc.sql("""
            select distinct r.officer_id from survey_recipient r where r.campaign_id = :id
              and r.officer_id is not null and r.reminded_at is not null and not exists
              (select 1 from survey_answer a where a.campaign_id = r.campaign_id and a.enterprise_id = r.enterprise_id)
            order by r.officer_id""").param("id", id).query(String.class).list();
  }

  /** 截止: the campaign takes no more answers; the officers' chases still open end. */
  public void close(long id) {
    if (StateMoves.move(jdbc, "survey_campaign", id, CampaignState.CLOSED,
        Set.of(CampaignState.SCHEDULED, CampaignState.OPEN), Map.of("closed_at", Timestamp.from(StewardClock.now())))) {
      jdbc.sql("update survey_chase set state = 'ENDED' where campaign_id = :id and state = 'OPEN'").param("id", id)
          .update();
    }
  }

  /** A campaign as staff see it. */
  @Transactional(readOnly = true)
  public CampaignView view(long id) {
    return jdbc.sql(SELECT + " where c.id = :id").param("id", id).query(this::row).optional()
        .orElseThrow(() -> new NotFound("survey", id));
  }

  /** A campaign, for those who read results: policy editors, supervisors, leaders and administrators. */
  @Transactional(readOnly = true)
  public CampaignView view(long id, Caller caller) {
    checkReader(caller);
    return view(id);
  }

  /** Every campaign, newest first, for those who read results. */
  @Transactional(readOnly = true)
  public List<CampaignView> list(Caller caller) {
    checkReader(caller);
    return jdbc.sql(SELECT + " order by c.created_at desc, c.id desc").query(this::row).list();
  }

  /** The survey forms a campaign can use, for policy editors and administrators. */
  @Transactional(readOnly = true)
  public List<SurveyForm> forms(Caller caller) {
    checkEditor(caller);
    return forms.all();
  }

  /** The campaign's survey form, as it was when the campaign was created. */
  @Transactional(readOnly = true)
  public SurveyForm form(long id) {
    return SurveyForm.parse(jdbc.sql("select form_json from survey_campaign where id = :id").param("id", id)
        .query(String.class).optional().orElseThrow(() -> new NotFound("survey", id)));
  }

  /** Whether the campaign takes answers at {@code at}: open, and its close has not come (the close job may lag). */
  static boolean answerable(CampaignView campaign, Instant at) {
    return campaign.state() == CampaignState.OPEN && at.isBefore(closesAt(campaign.closesOn()));
  }

  static Instant opensAt(LocalDate opensOn) {
    return opensOn.atStartOfDay(StewardClock.ZONE).toInstant();
  }

  /** The close of a campaign whose last day is {@code closesOn}: the start of the day after. */
  static Instant closesAt(LocalDate closesOn) {
    return closesOn.plusDays(1).atStartOfDay(StewardClock.ZONE).toInstant();
  }

  /**
   * The reminder: at {@link #REMINDER_HOUR} on the {@code reminderDays}-th working day before the close (a close on
   * Friday with 3 days: Wednesday morning), not before the campaign opens.
   */
  Instant remindAt(LocalDate opensOn, LocalDate closesOn, int reminderDays) {
    LocalDate day = calendar.subtractWorkingDays(closesOn.plusDays(1), reminderDays);
    Instant at = day.atTime(REMINDER_HOUR, 0).atZone(StewardClock.ZONE).toInstant();
    return at.isBefore(opensAt(opensOn)) ? opensAt(opensOn) : at;
  }

  void checkEditor(Caller caller) {
    if (!caller.isAdmin() && !caller.groups().contains(StewardGroups.POLICY_EDITORS)) {
      throw new SurveyForbidden();
    }
  }

  void checkReader(Caller caller) {
    if (!caller.isAdmin() && caller.groups().stream().noneMatch(RESULT_READERS::contains)) {
      throw new SurveyForbidden();
    }
  }

  private void tell(List<Long> enterprises, String kind, String text) {
    if (!enterprises.isEmpty()) {
      notifications.notifyUsers(directory.loginsOf(enterprises), kind, null, Texts.shorten(text, 500));
    }
  }

  private static final String SELECT = """
      select c.*,
        (select count(*) from survey_recipient r where r.campaign_id = c.id) as targeted,
        (select count(*) from survey_answer a where a.campaign_id = c.id) as answered
      from survey_campaign c""";

  private CampaignView row(ResultSet rs, int n) throws SQLException {
    long id = rs.getLong("id");
    Instant created = instant(rs, "created_at");
    return new CampaignView(id, rs.getString("form_id"), rs.getString("title"), targets.load(TARGETS, id),
        rs.getObject("opens_on", LocalDate.class), rs.getObject("closes_on", LocalDate.class),
        rs.getInt("reminder_days"), CampaignState.valueOf(rs.getString("state")), rs.getString("created_by"),
        created.atZone(StewardClock.ZONE).toOffsetDateTime(), rs.getInt("targeted"), rs.getInt("answered"));
  }
}
