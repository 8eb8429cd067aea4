package org.steward.request;

import static org.steward.shared.Rows.instant;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.access.CaseAccess;
import org.steward.access.CaseReader;
import org.steward.attachment.AttachmentSource;
import org.steward.attachment.AttachmentView;
import org.steward.attachment.Attachments;
import org.steward.attachment.Upload;
import org.steward.calendar.WorkingDayCalendar;
import org.steward.request.EnterpriseSteps.CaseRow;
import org.steward.request.process.EnterpriseRequestProcess;
import org.steward.request.process.RequestEngine;
import org.steward.shared.InvalidInput;
import org.steward.shared.NotFound;
import org.steward.shared.StewardClock;
import org.steward.shared.Violations;
import org.steward.timeline.Timeline;

/**
 * 补充材料: the officer asks the enterprise for what is missing; the enterprise answers with text and files and the case
 * returns to the officer's decision. Without an answer in the period ({@code steward.request.material-days} working
 * days, 5 unless configured) the officer follows up: another period, or the case closes as
 * {@link RequestState#NO_RESPONSE}.
 */
@Service
@Transactional
public class MaterialSupply {

  static final int MAX_ASK = 2000;
  static final int MAX_ANSWER = 5000;
  private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("M月d日");

  private final RequestEngine engine;
  private final RequestTransitions transitions;
  private final JdbcClient jdbc;
  private final EnterpriseSteps steps;
  private final RequestManagement requests;
  private final Attachments attachments;
  private final CaseAccess access;
  private final WorkingDayCalendar calendar;
  private final Timeline timeline;
  private final int days;

  MaterialSupply(JdbcClient jdbc, EnterpriseSteps steps, RequestManagement requests, Attachments attachments,
      CaseAccess access, WorkingDayCalendar calendar, Timeline timeline, RequestEngine engine,
      RequestTransitions transitions, @Value("${steward.request.material-days:5}") int days) {
    if (days < 1) {
      throw new IllegalArgumentException("steward.request.material-days must be at least 1, was " + days);
    }
    this.engine = engine;
    this.transitions = transitions;
    this.jdbc = jdbc;
    this.steps = steps;
    this.requests = requests;
    this.attachments = attachments;
    this.access = access;
    this.calendar = calendar;
    this.timeline = timeline;
    this.days = days;
  }

  /** Checks the officer's ask on 决定办理方式 before the task completes. */
  @Transactional(readOnly = true)
  public void checkAsk(String ask) {
    Violations violations = new Violations();
    violations.text(EnterpriseRequestProcess.MATERIAL_ASK, ask, MAX_ASK);
    violations.throwIfAny();
  }

  /**
   * The officer asks (请企业补充材料): the case waits for the enterprise, which is told what and by when. Answers the
   * period for the process's timer, in working days ({@code P5WD}).
   */
  public String ask(String caseNumber, String ask, String byUser) {
    Violations violations = new Violations();
    String text = violations.text(EnterpriseRequestProcess.MATERIAL_ASK, ask, MAX_ASK);
    violations.throwIfAny();
    LocalDate due = dueDate();
    jdbc.sql("""
            insert into request_material (case_number, ask, asked_by, asked_at, due_date)
            values (:caseNumber, :ask, :askedBy, :askedAt, :due)""")
        .param("caseNumber", caseNumber).param("ask", text).param("askedBy", byUser)
        .param("askedAt", Timestamp.from(StewardClock.now())).param("due", due).update();
    transitions.make(caseNumber, RequestTransition.ASK_FOR_MATERIAL);
    timeline.record(caseNumber, "MATERIAL_REQUESTED", byUser, "请企业补充材料", text);
    steps.notifyEnterprise(caseNumber, "MATERIAL_REQUESTED", "请在" + DUE.format(due) + "前补充材料（" + text + "）");
    return period();
  }

  /** The officer followed up and gives the enterprise another period; it is told again. Answers the new period. */
  public String remind(String caseNumber, String note, String byUser) {
    LocalDate due = dueDate();
    jdbc.sql("""
            update request_material set due_date = :due
             where id = (select max(id) from request_material where case_number = :caseNumber)""")
        .param("due", due).param("caseNumber", caseNumber).update();
    timeline.record(caseNumber, "MATERIAL_REMINDED", byUser, "跟进补充材料，延长补充期限至" + DUE.format(due), note);
    steps.notifyEnterprise(caseNumber, "MATERIAL_REQUESTED", "补充材料期限延长至" + DUE.format(due) + "，请尽快补充");
    return period();
  }

  /** The officer followed up and closes the case: the enterprise never supplied the material (NO_RESPONSE). */
  public void closeForNoResponse(String caseNumber, String note, String byUser) {
    transitions.make(caseNumber, RequestTransition.CLOSE_FOR_NO_RESPONSE,
        Map.of("closed_at", Timestamp.from(StewardClock.now())));
    timeline.record(caseNumber, "NO_RESPONSE", byUser, "企业未补充材料，诉求关闭", note);
    steps.notifyEnterprise(caseNumber, "REQUEST_CLOSED", "因未在期限内补充材料，诉求已关闭");
  }

  /** What the officer asked for, while the case waits for the enterprise's material; NotFound outside the scope. */
  @Transactional(readOnly = true)
  public Optional<MaterialAsk> pendingAsk(String caseNumber, Caller caller) {
    if (!access.mayRead(caseNumber, new CaseReader(caller.userId(), caller.groups()))) {
      throw new NotFound("request", caseNumber);
    }
    return jdbc.sql("""
            select m.ask, m.asked_at, m.due_date from request_material m join request r on r.case_number = m.case_number
             where m.case_number = :caseNumber and r.state = :state and m.answered_at is null
             order by m.id desc fetch first 1 rows only""")
        .param("caseNumber", caseNumber).param("state", RequestState.AWAITING_MATERIAL.name())
        .query((rs, n) -> new MaterialAsk(rs.getString("ask"),
            instant(rs, "asked_at").atZone(StewardClock.ZONE).toOffsetDateTime(),
            rs.getObject("due_date", LocalDate.class)))
        .optional();
  }

  /**
   * The enterprise's answer: text, files or both, stored in one transaction with the process step; the case returns
   * to its officer's decision.
   *
   * @throws NotFound for a case of another enterprise
   * @throws InvalidInput with neither text nor file, or text over 5,000 characters
   * @throws RequestNotAwaitingMaterial unless the officer waits for material
   */
  public RequestView supply(String caseNumber, String answer, List<Upload> files, Caller caller) {
    CaseRow row = steps.lockedFor(caseNumber, caller);
    Violations violations = new Violations();
    String text = violations.optionalText("answer", answer, MAX_ANSWER);
    if (text == null && files.isEmpty()) {
      violations.add("answer", "NotBlank");
    }
    violations.throwIfAny();
    attachments.check(files);
    if (row.state() != RequestState.AWAITING_MATERIAL) {
      throw new RequestNotAwaitingMaterial(caseNumber, row.state());
    }
    jdbc.sql("""
            update request_material set answer = :answer, answered_by = :by, answered_at = :now
             where id = (select max(id) from request_material where case_number = :caseNumber)""")
        .param("answer", text).param("by", caller.userId()).param("now", Timestamp.from(StewardClock.now()))
        .param("caseNumber", caseNumber).update();
    List<AttachmentView> added = attachments.add(caseNumber, AttachmentSource.MATERIAL, caller.userId(), files);
    transitions.make(caseNumber, RequestTransition.MATERIAL_SUPPLIED);
    String detail = (text == null ? "" : text) + (added.isEmpty() ? "" : "（附件 " + added.size() + " 个）");
    timeline.record(caseNumber, "MATERIAL_SUPPLIED", caller.userId(), "企业补充材料", detail);
    steps.notifyOfficer(row, "MATERIAL_SUPPLIED", "企业已补充材料，请决定办理方式");
    engine.materialSupplied(caseNumber);
    return requests.view(caseNumber);
  }

  private LocalDate dueDate() {
    return calendar.addWorkingDays(StewardClock.today(), days);
  }

  private String period() {
    return "P" + days + "WD";
  }

}
