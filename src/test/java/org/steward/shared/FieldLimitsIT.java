package org.steward.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;
import static org.steward.request.process.EnterpriseRequestProcess.ACKNOWLEDGE_REQUEST;
import static org.steward.request.process.EnterpriseRequestProcess.DECIDE_HANDLING;
import static org.steward.shared.FieldLimits.constant;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.steward.ApiCalls;
import org.steward.EmbeddedPostgresConfiguration;
import org.steward.convening.process.ConveningProcess;
import org.steward.directory.DirectoryFixtures;
import org.steward.directory.DirectoryManagement;
import org.steward.directory.StewardGroups;
import org.steward.handling.process.DepartmentHandlingProcess;
import org.steward.jointoffice.WeeklyMeeting;
import org.steward.jointoffice.process.JointMeetingProcess;
import org.steward.policy.PolicyReading;
import org.steward.policy.process.PolicyPushProcess;
import org.steward.project.process.ProjectMilestonesProcess;
import org.steward.request.Caller;
import org.steward.request.RequestFixtures;
import org.steward.request.process.EnterpriseRequestProcess;
import org.steward.shared.FieldLimits.Row;
import org.steward.survey.SurveyAnswers;
import org.steward.survey.SurveyChases;
import org.steward.survey.process.SurveyCampaignProcess;
import org.steward.visit.VisitPlanning;
import org.steward.visit.Visits;
import org.steward.workreport.WorkReports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every row of the table "Limits of every text field" in {@code docs/security.md} on PostgreSQL: a text of exactly the
 * limit (characters outside the BMP, line breaks in multi-line fields) is accepted and stored whole where the table
 * says; one character more answers 400 naming the field (or, where the write is a Java call, {@link InvalidInput}
 * naming it) and stores nothing; a single-line field also refuses a line break. The table and the probes below must
 * match row for row, each probe's limit read from the code's named constant, so that docs and code cannot drift.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "steward.demo.enabled=true")
@ActiveProfiles("test")
@Import(EmbeddedPostgresConfiguration.class)
class FieldLimitsIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SINGLE = "single-line";
  private static final String MULTI = "multi-line";
  private static final String ADMIN = "admin";
  private static final String OFFICER = "zhangwei";
  private static final String SUPERVISOR = "chenjianguo";
  private static final String EDITOR = "zhengce01";
  private static final String STAFF = "power01";
  private static final String JOINT_OFFICE = "lianxiban";
  private static final String PROJECT_OFFICER = "huangqiang";
  private static final String ANALYSE = JointMeetingProcess.ANALYSE_ESCALATION;

  @Autowired
  TestRestTemplate http;
  @Autowired
  DirectoryManagement directory;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  WeeklyMeeting weeklyMeeting;
  @Autowired
  PolicyReading policyReading;
  @Autowired
  SurveyChases surveyChases;
  @Autowired
  SurveyAnswers surveyAnswers;
  @Autowired
  Visits visits;
  @Autowired
  VisitPlanning visitPlanning;
  @Autowired
  WorkReports workReports;
  ApiCalls api;
  long ent01;
  long ent03;

  /** Writes one value; answers the fields a 400 names, empty when the write is accepted. */
  interface Door {
    List<String> write(String value);
  }

  /** Brings the data into the state the write needs (a fresh case, a task waiting…) and answers the door. */
  interface Arrange {
    Door arrange();
  }

  /** A probe of one row: what the row says, the code's limit, where the value is stored and how it is written. */
  static final class Probe {
    final String capability;
    final String write;
    final String field;
    final String kind;
    final int limit;
    String named;
    String stored;
    boolean json;
    Arrange arrange;
    IntFunction<String> values;
    String atLimitOutOfReach;
    String notProbed;
    boolean inPath;

    Probe(String capability, String write, String field, String kind, int limit) {
      this.capability = capability;
      this.write = write;
      this.field = field;
      this.kind = kind;
      this.limit = limit;
      this.named = field.replace("[i]", "[0]").replace("{n}", "1");
    }

    /** The field as a refusal names it, when it differs from the table's. */
    Probe named(String name) {
      this.named = name;
      return this;
    }

    /** A count query with one parameter, the value: 1 once stored whole, 0 when not stored. */
    Probe stored(String query) {
      this.stored = query;
      return this;
    }

    /** The value is stored inside JSON: the query's parameter is the value as a JSON string, without its quotes. */
    Probe json() {
      this.json = true;
      return this;
    }

    Probe by(Arrange how) {
      this.arrange = how;
      return this;
    }

    /** Values of a given length that the field's other rules accept (e-mail addresses, codes). */
    Probe values(IntFunction<String> ofLength) {
      this.values = ofLength;
      return this;
    }

    /** Only one character more is probed: no real value of exactly the limit exists (a user or task id). */
    Probe atLimitOutOfReach(String why) {
      this.atLimitOutOfReach = why;
      return this;
    }

    /**
     * The value travels in the URL's path, where the firewall refuses a line break before any field is read (a plain
     * 400): the line-break check is left out.
     */
    Probe inPath() {
      this.inPath = true;
      return this;
    }

    /** Not probed on PostgreSQL, for this reason: the row is still checked against the code's limit. */
    Probe notProbed(String why) {
      this.notProbed = why;
      return this;
    }

    boolean matches(Row row) {
      return row.capability().equals(capability) && row.field().equals(field) && row.write().contains(write);
    }

    @Override
    public String toString() {
      return capability + " " + write + " " + field + " (" + limit + ")";
    }
  }

  @BeforeEach
  void setUp() {
    api = new ApiCalls(http, "demo");
    ent01 = directory.enterpriseOfUser("ent01").orElseThrow().id();
    ent03 = directory.enterpriseOfUser("ent03").orElseThrow().id();
  }

  @Test
  void everyRowOfTheTable_hasOneProbe_withTheCodesLimitAndKind() throws IOException {
    List<Row> rows = FieldLimits.read();
    List<Probe> probes = probes();
    List<String> problems = new ArrayList<>();
    for (Row row : rows) {
      List<Probe> matching = probes.stream().filter(p -> p.matches(row)).toList();
      if (matching.size() != 1) {
        problems.add(matching.size() + " probes for row " + row);
      } else if (matching.get(0).limit != row.limit() || !matching.get(0).kind.equals(row.kind())) {
        problems.add("row " + row + " says " + row.kind() + " " + row.limit() + ", the code "
            + matching.get(0).kind + " " + matching.get(0).limit);
      }
    }
    probes.stream().filter(p -> rows.stream().noneMatch(p::matches)).forEach(p -> problems.add("no row for " + p));
    assertThat(problems).isEmpty();
  }

  @TestFactory
  Stream<DynamicTest> everyField_atItsLimitIsStoredWhole_oneCharacterMoreIs400NamingIt() {
    List<Probe> probes = probes();
    return IntStream.range(0, probes.size()).filter(i -> probes.get(i).notProbed == null)
        .mapToObj(i -> DynamicTest.dynamicTest(probes.get(i).toString(), () -> probe(probes.get(i), i)));
  }

  private void probe(Probe probe, int seed) {
    boolean multiLine = probe.kind.equals(MULTI);
    IntFunction<String> values = probe.values != null ? probe.values
        : length -> text(length, multiLine, seed);
    Door door = probe.arrange.arrange();

    String over = values.apply(probe.limit + 1);
    assertThat(over.codePointCount(0, over.length())).isEqualTo(probe.limit + 1);
    assertThat(door.write(over)).as("%s: %d characters", probe, probe.limit + 1).contains(probe.named);
    assertThat(count(probe.stored, stored(probe, over))).as("%s: nothing stored", probe).isZero();
    if (probe.kind.equals(SINGLE) && !probe.inPath) {
      assertThat(door.write("第一行\n第二行")).as("%s: a line break", probe).contains(probe.named);
    }
    if (probe.atLimitOutOfReach != null) {
      return;
    }
    String atLimit = values.apply(probe.limit);
    assertThat(atLimit.codePointCount(0, atLimit.length())).isEqualTo(probe.limit);
    assertThat(door.write(atLimit)).as("%s: %d characters", probe, probe.limit).isEmpty();
    assertThat(count(probe.stored, stored(probe, atLimit))).as("%s: stored whole in %s", probe, probe.stored)
        .isEqualTo(1);
  }

  private static String stored(Probe probe, String value) {
    return probe.json ? q(value).substring(1, q(value).length() - 1) : value;
  }

  /**
   * A text of {@code length} characters, starting with a character of its own (so no two probes store the same), a
   * third of them U+20000 (two UTF-16 units, one character) and, in a multi-line text, a line break every 50.
   */
  static String text(int length, boolean multiLine, int seed) {
    return text(length, multiLine, seed, 50);
  }

  /** As above, with a line break every {@code lines} characters. */
  static String text(int length, boolean multiLine, int seed, int lines) {
    StringBuilder text = new StringBuilder().appendCodePoint(0x4E00 + (seed * 97 + length) % 20000);
    for (int i = 1; i < length; i++) {
      if (multiLine && i % lines == lines / 2 && i < length - 1) {
        text.append('\n');
      } else if (i % 3 == 2) {
        text.appendCodePoint(0x20000);
      } else {
        text.append('字');
      }
    }
    return text.toString();
  }

  // --- the probes, in the table's order -----------------------------------------------------------------------------

  List<Probe> probes() {
    List<Probe> all = new ArrayList<>();
    request(all);
    handling(all);
    supervision(all);
    convening(all);
    jointOffice(all);
    project(all);
    policyAndSurvey(all);
    visitAndWorkReport(all);
    forum(all);
    deputy(all);
    directory(all);
    calendarAndEngine(all);
    return all;
  }

  private void request(List<Probe> all) {
    String submit = "POST /api/requests`";
    String requestBody = """
        {"enterpriseId": %d, "category": "land", "title": %s, "description": %s, "contactName": %s,
         "contactPhone": %s, "urgency": "NORMAL", "channel": "PORTAL"}""";
    all.add(probe("request", submit, "title", SINGLE, "request.NewRequest", "MAX_TITLE")
        .stored(column("request", "title"))
        .by(() -> v -> send("ent01", POST, "/api/requests", requestBody.formatted(ent01, q(v), q("描述"), q("王经理"),
            q("020-12345678")))));
    all.add(probe("request", submit, "description", MULTI, "request.NewRequest", "MAX_DESCRIPTION")
        .stored(column("request", "description"))
        .by(() -> v -> send("ent01", POST, "/api/requests", requestBody.formatted(ent01, q("长描述"), q(v), q("王经理"),
            q("020-12345678")))));
    all.add(probe("request", submit, "contactName", SINGLE, "request.NewRequest", "MAX_CONTACT_NAME")
        .stored(column("request", "contact_name"))
        .by(() -> v -> send("ent01", POST, "/api/requests", requestBody.formatted(ent01, q("联系人"), q("描述"), q(v),
            q("020-12345678")))));
    all.add(probe("request", submit, "contactPhone", SINGLE, "request.NewRequest", "MAX_CONTACT_PHONE")
        .stored(column("request", "contact_phone")).values(FieldLimitsIT::phone)
        .by(() -> v -> send("ent01", POST, "/api/requests", requestBody.formatted(ent01, q("联系电话"), q("描述"),
            q("王经理"), q(v)))));
    all.add(probe("request", "/withdrawal", "reason", MULTI, "request.Withdrawal", "MAX_REASON")
        .stored(column("request", "withdrawal_reason"))
        .by(() -> {
          String caseNumber = submitted("撤回原因");
          return v -> send("ent01", POST, "/api/requests/" + caseNumber + "/withdrawal", "{\"reason\": " + q(v) + "}");
        }));
    all.add(probe("request", "/material", "answer", MULTI, "request.MaterialSupply", "MAX_ANSWER")
        .stored(column("request_material", "answer"))
        .by(() -> {
          String caseNumber = acknowledged("补充材料");
          complete(OFFICER, caseNumber, DECIDE_HANDLING, "decision", "REQUEST_MATERIAL", "materialAsk", "请补充用地红线图");
          return v -> send("ent01", POST, "/api/requests/" + caseNumber + "/material", "{\"answer\": " + q(v) + "}");
        }));
    all.add(probe("request", "/satisfaction", "comment", MULTI, "request.RequestManagement", "MAX_COMMENT")
        .stored(column("request", "satisfaction_comment"))
        .by(() -> {
          String caseNumber = acknowledged("评价");
          complete(OFFICER, caseNumber, DECIDE_HANDLING, "decision", "RESOLVE_DIRECTLY", "answer", "已当场解决。");
          return v -> send("ent01", POST, "/api/requests/" + caseNumber + "/satisfaction",
              "{\"satisfaction\": \"SATISFIED\", \"comment\": " + q(v) + "}");
        }));
    all.add(probe("request", "return-visit", "satisfactionComment", MULTI, "request.RequestManagement",
        "MAX_COMMENT").stored(column("request", "satisfaction_comment"))
        .by(() -> {
          String caseNumber = consolidated("回访");
          api.completeTask(OFFICER, caseNumber, EnterpriseRequestProcess.REPLY_TO_ENTERPRISE, "reply", "已办结，请查收。");
          api.executeJobs(caseNumber, EnterpriseRequestProcess.NEXT_WORKING_DAY);
          return v -> complete(OFFICER, caseNumber, EnterpriseRequestProcess.RETURN_VISIT, "satisfaction", "SATISFIED",
              "satisfactionComment", v);
        }));
    all.add(probe("request", "/escalation", "reason", MULTI, "request.RequestManagement", "MAX_REASON")
        .stored(column("escalation", "reason"))
        .by(() -> {
          String caseNumber = handedOverToPower("提请联席会议");
          return v -> send(SUPERVISOR, POST, "/api/requests/" + caseNumber + "/escalation",
              "{\"reason\": " + q(v) + "}");
        }));
    all.add(probe("request", "/transfer", "reason", MULTI, "request.RequestManagement", "MAX_REASON")
        .stored(containing("timeline_entry", "detail"))
        .by(() -> {
          String caseNumber = submitted("转办");
          return v -> send(ADMIN, POST, "/api/requests/" + caseNumber + "/transfer",
              "{\"toOfficer\": \"liuyang\", \"reason\": " + q(v) + "}");
        }));
    all.add(probe("request", "/api/requests/categories", "label", SINGLE, "request.Categories", "MAX_LABEL")
        .stored(column("request_category", "label"))
        .by(() -> v -> send(ADMIN, POST, "/api/requests/categories",
            "{\"code\": \"" + DirectoryFixtures.freshId("c") + "\", \"label\": " + q(v) + "}")));
    all.add(probe("request", "acknowledge-request", "firstAnswer", MULTI, "request.RequestManagement",
        "MAX_FIRST_ANSWER").stored(column("request", "first_answer"))
        .by(() -> {
          String caseNumber = submitted("受理");
          return v -> complete(OFFICER, caseNumber, ACKNOWLEDGE_REQUEST, "firstAnswer", v);
        }));
    all.add(probe("request", "decide-handling", "answer", MULTI, "shared.Violations", "MAX_VARIABLE_TEXT")
        .stored(column("request", "reply"))
        .by(() -> {
          String caseNumber = acknowledged("直接答复");
          return v -> complete(OFFICER, caseNumber, DECIDE_HANDLING, "decision", "RESOLVE_DIRECTLY", "answer", v);
        }));
    all.add(probe("request", "decide-handling", "materialAsk", MULTI, "request.MaterialSupply", "MAX_ASK")
        .stored(column("request_material", "ask"))
        .by(() -> {
          String caseNumber = acknowledged("要求补充材料");
          return v -> complete(OFFICER, caseNumber, DECIDE_HANDLING, "decision", "REQUEST_MATERIAL", "materialAsk", v);
        }));
    all.add(probe("request", "decide-handling", "escalationReason", MULTI, "request.RequestManagement", "MAX_REASON")
        .stored(column("escalation", "reason"))
        .by(() -> {
          String caseNumber = acknowledged("上报联席办");
          return v -> complete(OFFICER, caseNumber, DECIDE_HANDLING, "decision", "ESCALATE", "escalationReason", v);
        }));
    all.add(probe("request", "reply-to-enterprise", "reply", MULTI, "shared.Violations", "MAX_VARIABLE_TEXT")
        .stored(column("request", "reply"))
        .by(() -> {
          String caseNumber = consolidated("答复企业");
          return v -> complete(OFFICER, caseNumber, EnterpriseRequestProcess.REPLY_TO_ENTERPRISE, "reply", v);
        }));
    all.add(probe("request", "consolidate-feedback", "consolidatedAnswer", MULTI, "shared.Violations",
        "MAX_VARIABLE_TEXT").stored(column("timeline_entry", "detail"))
        .by(() -> {
          String caseNumber = handedOverToPower("汇总答复");
          complete(STAFF, caseNumber, DepartmentHandlingProcess.HANDLE_MATTER, "action", "FEEDBACK", "feedback", "电。");
          return v -> complete(STAFF, caseNumber, EnterpriseRequestProcess.CONSOLIDATE_FEEDBACK, "consolidatedAnswer",
              v);
        }));
    all.add(probe("request", "follow-up-material", "followUpNote", MULTI,
        "request.process.FollowUpMaterialTaskListener", "MAX_NOTE").stored(variable("followUpNote"))
        .by(() -> {
          String caseNumber = acknowledged("跟进补充材料");
          complete(OFFICER, caseNumber, DECIDE_HANDLING, "decision", "REQUEST_MATERIAL", "materialAsk", "请补充图纸");
          api.executeJobs(caseNumber, EnterpriseRequestProcess.MATERIAL_OVERDUE);
          return v -> complete(OFFICER, caseNumber, EnterpriseRequestProcess.FOLLOW_UP_MATERIAL, "followUp", "WAIT",
              "followUpNote", v);
        }));
    all.add(probe("request", "supervise-response", "supervisionNote", MULTI,
        "request.process.CloseSupervisionTaskListener", "MAX_NOTE").stored(variable("supervisionNote"))
        .by(() -> {
          String caseNumber = submitted("督办受理");
          api.executeJobs(caseNumber, EnterpriseRequestProcess.RESPONSE_OVERDUE);
          return v -> complete(SUPERVISOR, caseNumber, EnterpriseRequestProcess.SUPERVISE_RESPONSE, "supervisionNote",
              v);
        }));
  }


  private void handling(List<Probe> all) {
    String handle = DepartmentHandlingProcess.HANDLE_MATTER;
    all.add(probe("handling", "handle-matter", "feedback", MULTI, "handling.HandlingManagement", "MAX_FEEDBACK")
        .stored(column("handling_unit", "feedback"))
        .by(() -> {
          String caseNumber = handedOverToPower("部门反馈");
          return v -> complete(STAFF, caseNumber, handle, "action", "FEEDBACK", "feedback", v);
        }));
    all.add(probe("handling", "handle-matter", "reason", MULTI, "handling.HandlingManagement", "MAX_REASON")
        .stored(column("handling_unit", "return_reason"))
        .by(() -> {
          String caseNumber = handedOverToPower("部门退回");
          return v -> complete(STAFF, caseNumber, handle, "action", "RETURN", "reason", v);
        }));
    all.add(probe("handling", "approve-extension", "decisionNote", MULTI, "handling.HandlingManagement",
        "MAX_REASON").stored(column("handling_extension", "decision_note"))
        .by(() -> {
          String caseNumber = handedOverToPower("部门延期");
          complete(STAFF, caseNumber, handle, "action", "EXTENSION", "requestedDueDate",
              StewardClock.today().plusDays(60).toString(), "reason", "需等待规划条件核实");
          return v -> complete(SUPERVISOR, caseNumber, DepartmentHandlingProcess.APPROVE_EXTENSION,
              "extensionDecision", "REJECTED", "decisionNote", v);
        }));
    all.add(probe("handling", "supervise-unit", "supervisionNote", MULTI, "handling.HandlingManagement",
        "MAX_REASON").stored(containing("timeline_entry", "detail"))
        .by(() -> {
          String caseNumber = handedOverToPower("督办部门");
          api.executeJobs(caseNumber, DepartmentHandlingProcess.DEADLINE_MISSED);
          return v -> complete(SUPERVISOR, caseNumber, DepartmentHandlingProcess.SUPERVISE_UNIT, "supervisionNote", v);
        }));
  }

  private void supervision(List<Probe> all) {
    all.add(probe("supervision", "POST /api/supervision-orders`", "requirement", MULTI,
        "supervision.SupervisionOrders", "MAX_REQUIREMENT").stored(column("supervision_order", "requirement"))
        .by(() -> {
          String caseNumber = handedOverToPower("督办单要求");
          return v -> send(SUPERVISOR, POST, "/api/supervision-orders", """
              {"caseNumber": "%s", "department": "power", "requirement": %s, "timeLimit": 2}"""
              .formatted(caseNumber, q(v)));
        }));
    all.add(probe("supervision", "/answer`", "answer", MULTI, "supervision.SupervisionOrders", "MAX_ANSWER")
        .stored(column("supervision_order", "answer"))
        .by(() -> {
          long id = signedOrder("督办单反馈");
          return v -> send(STAFF, POST, "/api/supervision-orders/" + id + "/answer", "{\"answer\": " + q(v) + "}");
        }));
    all.add(probe("supervision", "/review`", "reviewNote", MULTI, "supervision.SupervisionOrders", "MAX_REVIEW_NOTE")
        .stored(column("supervision_order", "review_note"))
        .by(() -> {
          long id = signedOrder("督办单审核");
          api.call(STAFF, POST, "/api/supervision-orders/" + id + "/answer", "{\"answer\": \"已处理\"}", HttpStatus.OK);
          return v -> send(SUPERVISOR, POST, "/api/supervision-orders/" + id + "/review",
              "{\"result\": \"REJECTED\", \"note\": " + q(v) + "}");
        }));
    all.add(probe("supervision", "/urges`", "message", MULTI, "supervision.SupervisionManagement", "MAX_URGE_MESSAGE")
        .stored(column("urge", "message"))
        .by(() -> {
          String caseNumber = submitted("催办");
          return v -> send(SUPERVISOR, POST, "/api/cases/" + caseNumber + "/urges", "{\"message\": " + q(v) + "}");
        }));
    all.add(probe("supervision", "/urges`", "taskId", SINGLE, "supervision.SupervisionManagement", "MAX_TASK_ID")
        .stored(column("urge", "task_id"))
        .atLimitOutOfReach("no task has an id of 64 characters: the engine's ids are shorter")
        .by(() -> {
          String caseNumber = submitted("催办任务");
          return v -> send(SUPERVISOR, POST, "/api/cases/" + caseNumber + "/urges",
              "{\"message\": \"请尽快办理\", \"taskId\": " + q(v) + "}");
        }));
  }

  private void convening(List<Probe> all) {
    all.add(probe("convening", "/convenings`", "question", MULTI, "convening.ConveningManagement", "MAX_QUESTION")
        .stored(column("convening", "question"))
        .by(() -> {
          String caseNumber = submitted("会商问题");
          return v -> send(OFFICER, POST, "/api/cases/" + caseNumber + "/convenings",
              "{\"question\": " + q(v) + ", \"officers\": [\"liuyang\", \"wangjing\"], \"timeLimit\": 3}");
        }));
    all.add(probe("convening", "give-opinion", "opinion", MULTI, "convening.ConveningOpinions", "MAX_OPINION")
        .stored(column("convening_opinion", "opinion"))
        .by(() -> {
          String caseNumber = convened("会商意见");
          return v -> complete("liuyang", caseNumber, ConveningProcess.GIVE_OPINION, "opinion", v);
        }));
    all.add(probe("convening", "conclude-convening", "conclusion", MULTI, "convening.ConveningConclusion",
        "MAX_CONCLUSION").stored(column("convening", "conclusion"))
        .by(() -> {
          String caseNumber = convened("会商结论");
          complete("liuyang", caseNumber, ConveningProcess.GIVE_OPINION, "opinion", "建议先办理临时用地");
          complete("wangjing", caseNumber, ConveningProcess.GIVE_OPINION, "opinion", "同意");
          return v -> complete(OFFICER, caseNumber, ConveningProcess.CONCLUDE_CONVENING, "conclusion", v);
        }));
  }


  private void jointOffice(List<Probe> all) {
    all.add(probe("jointoffice", "record-minutes", "minutes", MULTI, "jointoffice.Minutes", "MAX_MINUTES")
        .stored(column("joint_meeting", "minutes"))
        .by(() -> {
          String caseNumber = positionsGiven("会议纪要");
          return v -> complete(JOINT_OFFICE, caseNumber, JointMeetingProcess.RECORD_MINUTES_TASK, "minutes", v,
              "decision", "供电同步接入", "handoverItem1Department", "power", "handoverItem1Task", "完成专线接入",
              "handoverItem1TimeLimit", 10);
        }));
    all.add(probe("jointoffice", "record-minutes", "decision", MULTI, "jointoffice.Minutes", "MAX_DECISION")
        .stored(column("joint_meeting", "decision"))
        .by(() -> {
          String caseNumber = positionsGiven("会议决定");
          return v -> complete(JOINT_OFFICE, caseNumber, JointMeetingProcess.RECORD_MINUTES_TASK, "minutes",
              "联席会议，供电局参会。", "decision", v, "handoverItem1Department", "power", "handoverItem1Task", "完成专线接入",
              "handoverItem1TimeLimit", 10);
        }));
    all.add(probe("jointoffice", "record-minutes", "handoverItem{n}Task", SINGLE, "handling.HandlingManagement",
        "MAX_ITEM_TASK").stored(column("joint_meeting_item", "task"))
        // the office's refusals name the item by its number (交办事项（第1项）), whichever of its fields is broken
        .named("handoverItems[0]")
        .by(() -> {
          String caseNumber = positionsGiven("交办事项");
          return v -> complete(JOINT_OFFICE, caseNumber, JointMeetingProcess.RECORD_MINUTES_TASK, "minutes",
              "联席会议，供电局参会。", "decision", "供电同步接入", "handoverItem1Department", "power", "handoverItem1Task", v,
              "handoverItem1TimeLimit", 10);
        }));
    all.add(probe("jointoffice", "weekly-agenda", "notes", MULTI, "jointoffice.WeeklyMeeting", "MAX_NOTES")
        .stored(column("weekly_meeting", "notes"))
        .by(() -> v -> refusals(() -> weeklyMeeting.recordWeeklyMeeting(StewardClock.today(), "议程", v, JOINT_OFFICE))));
    all.add(probe("jointoffice", "give-position", "position", MULTI, "jointoffice.MeetingPositions", "MAX_POSITION")
        .stored(column("joint_meeting_position", "position"))
        .by(() -> {
          String caseNumber = meetingCalled("部门意见");
          return v -> complete(STAFF, caseNumber, JointMeetingProcess.GIVE_POSITION, "position", v);
        }));
    all.add(probe("jointoffice", "analyse-escalation", "resolution", MULTI, "jointoffice.EscalationAnalysis",
        "MAX_RESOLUTION").stored(column("escalation", "resolution"))
        .by(() -> {
          String caseNumber = escalated("联席办决定");
          return v -> complete(JOINT_OFFICE, caseNumber, ANALYSE, "action", "DECIDE", "resolution", v);
        }));
    all.add(probe("jointoffice", "analyse-escalation", "newIssueTitle", SINGLE, "jointoffice.CommonIssues",
        "MAX_TITLE").stored(column("common_issue", "title"))
        .by(() -> {
          String caseNumber = escalated("共性问题标题");
          return v -> complete(JOINT_OFFICE, caseNumber, ANALYSE, "action", "COMMON_ISSUE", "newIssueTitle", v,
              "newIssueDescription", "多家企业反映同类问题");
        }));
    all.add(probe("jointoffice", "analyse-escalation", "newIssueDescription", MULTI, "jointoffice.JointOffice",
        "MAX_VARIABLE").stored(column("common_issue", "description"))
        .by(() -> {
          String caseNumber = escalated("共性问题描述");
          return v -> complete(JOINT_OFFICE, caseNumber, ANALYSE, "action", "COMMON_ISSUE", "newIssueTitle",
              "同类问题" + caseNumber, "newIssueDescription", v);
        }));
  }

  /** An escalated request for which the office called a joint meeting of power and water: they state positions. */
  private String meetingCalled(String title) {
    String caseNumber = escalated(title);
    api.completeTask(JOINT_OFFICE, caseNumber, ANALYSE, "action", "JOINT_MEETING", "meetingDepartments",
        "power, water", "positionTimeLimit", 3);
    return caseNumber;
  }

  /** As {@link #meetingCalled}, both gave their positions: the office records the minutes. */
  private String positionsGiven(String title) {
    String caseNumber = meetingCalled(title);
    api.completeTask(STAFF, caseNumber, JointMeetingProcess.GIVE_POSITION, "position", "可在两周内完成专线接入");
    api.completeTask("water01", caseNumber, JointMeetingProcess.GIVE_POSITION, "position", "供水管网需先核定容量");
    return caseNumber;
  }

  /** A request escalated by its officer, waiting for the joint-meeting office's analysis. */
  private String escalated(String title) {
    String caseNumber = acknowledged(title);
    api.completeTask(OFFICER, caseNumber, DECIDE_HANDLING, "decision", "ESCALATE", "escalationReason", "部门间意见不一致");
    return caseNumber;
  }

  private void project(List<Probe> all) {
    all.add(probe("project", "POST /api/projects`", "code", SINGLE, "project.ProjectRegistry", "MAX_CODE")
        .stored(column("project", "code"))
        .values(length -> (DirectoryFixtures.freshId("P").toUpperCase() + "-".repeat(length)).substring(0, length - 1)
            + "Z")
        .by(() -> v -> send(ADMIN, POST, "/api/projects", project(v, "项目", "天河区智慧城", "天河区", "每月走访"))));
    all.add(probe("project", "POST /api/projects`", "name", SINGLE, "project.ProjectRegistry", "MAX_NAME")
        .stored(column("project", "name"))
        .by(() -> v -> send(ADMIN, POST, "/api/projects", project(projectCode(), v, "天河区智慧城", "天河区", "每月走访"))));
    all.add(probe("project", "POST /api/projects`", "site", SINGLE, "project.ProjectRegistry", "MAX_SITE")
        .stored(column("project", "site"))
        .by(() -> v -> send(ADMIN, POST, "/api/projects", project(projectCode(), "项目", v, "天河区", "每月走访"))));
    all.add(probe("project", "POST /api/projects`", "area", SINGLE, "project.ProjectRegistry", "MAX_AREA")
        .stored(column("project", "area"))
        .by(() -> v -> send(ADMIN, POST, "/api/projects", project(projectCode(), "项目", "天河区智慧城", v, "每月走访"))));
    all.add(probe("project", "POST /api/projects`", "followUpPlan", MULTI, "project.ProjectRegistry", "MAX_NOTE")
        .stored(column("project", "follow_up_plan"))
        .by(() -> v -> send(ADMIN, POST, "/api/projects", project(projectCode(), "项目", "天河区智慧城", "天河区", v))));
    all.add(probe("project", "/officer`", "reason", MULTI, "project.ProjectRegistry", "MAX_REASON")
        .stored(column("project_assignment", "reason"))
        .by(() -> {
          String code = projectCode();
          api.call(ADMIN, POST, "/api/projects", project(code, "调整分工项目", "天河区智慧城", "天河区", "每月走访"),
              HttpStatus.CREATED);
          return v -> send(ADMIN, POST, "/api/projects/" + code + "/officer",
              "{\"officer\": \"zhouxin\", \"reason\": " + q(v) + "}");
        }));
    String confirm = ProjectMilestonesProcess.CONFIRM_MILESTONE;
    String today = StewardClock.today().toString();
    all.add(probe("project", "file-progress", "progressNotes", MULTI, "project.ProjectRegistry", "MAX_NOTE")
        .stored(column("project_filing", "notes"))
        .by(() -> {
          String code = registered();
          api.executeJobs(code, ProjectMilestonesProcess.FILING_PERIOD_OPENS);
          return v -> complete(PROJECT_OFFICER, code, ProjectMilestonesProcess.FILE_PROGRESS, "percent", 10,
              "progressNotes", v);
        }));
    all.add(probe("project", "confirm-milestone", "note", MULTI, "project.ProjectRegistry", "MAX_NOTE")
        .stored(column("project_milestone", "note"))
        .by(() -> {
          String code = registered();
          return v -> complete(PROJECT_OFFICER, code, confirm, "action", "CONFIRM", "actualDate", today, "note", v);
        }));
    all.add(probe("project", "confirm-milestone", "overrideReason", MULTI, "project.ProjectRegistry", "MAX_NOTE")
        .stored(column("project_milestone", "override_reason"))
        .by(() -> {
          String code = registered();
          api.call("ent03", POST, "/api/projects/" + code + "/problems", """
              {"milestone": "CONSTRUCTION_START", "category": "permits", "description": "施工许可证审批等待中",
               "contactName": "李经理", "contactPhone": "020-12345678"}""", HttpStatus.CREATED);
          return v -> complete(PROJECT_OFFICER, code, confirm, "action", "CONFIRM", "actualDate", today, "note",
              "正式开工", "overrideReason", v);
        }));
    all.add(probe("project", "confirm-milestone", "replanReason", MULTI, "project.ProjectRegistry", "MAX_NOTE")
        .stored(column("project_replan", "reason"))
        .by(() -> {
          String code = registered();
          return v -> complete(PROJECT_OFFICER, code, confirm, "action", "REPLAN", "requestedDate", "2031-04-15",
              "replanReason", v);
        }));
    all.add(probe("project", "approve-replan", "decisionNote", MULTI, "project.ProjectRegistry", "MAX_NOTE")
        .stored(column("project_replan", "decision_note"))
        .by(() -> {
          String code = registered();
          api.completeTask(PROJECT_OFFICER, code, confirm, "action", "REPLAN", "requestedDate", "2031-04-15",
              "replanReason", "施工许可证预计四月初取得");
          return v -> complete("hejun", code, ProjectMilestonesProcess.APPROVE_REPLAN, "replanDecision", "REJECTED",
              "decisionNote", v);
        }));
    all.add(probe("project", "chase-milestone", "chaseNote", MULTI, "project.ProjectRegistry", "MAX_NOTE")
        .stored(containing("timeline_entry", "detail"))
        .by(() -> {
          String code = registered();
          api.executeJobs(code, ProjectMilestonesProcess.MILESTONE_OVERDUE);
          return v -> complete("hejun", code, ProjectMilestonesProcess.CHASE_MILESTONE, "chaseNote", v);
        }));
  }

  /** A new project of ent03, followed by huangqiang; its first milestone waits for confirmation. */
  private String registered() {
    String code = projectCode();
    api.call(ADMIN, POST, "/api/projects", project(code, "项目" + code, "天河区智慧城", "天河区", "每月走访"),
        HttpStatus.CREATED);
    return code;
  }

  private String project(String code, String name, String site, String area, String plan) {
    return """
        {"code": %s, "name": %s, "enterpriseId": %d, "investment": 1000, "site": %s, "area": %s, "keyProject": false,
         "officer": "huangqiang", "leader": "hejun", "followUpPlan": %s, "plannedConstructionStart": "2031-03-01",
         "plannedCompletion": "2031-12-01", "plannedProductionStart": "2032-03-01"}"""
        .formatted(q(code), q(name), ent03, q(site), q(area), q(plan));
  }

  private static String projectCode() {
    return DirectoryFixtures.freshId("P").toUpperCase();
  }

  private void policyAndSurvey(List<Probe> all) {
    all.add(probe("policy", "POST /api/policies`", "title", SINGLE, "policy.Policies", "MAX_TITLE")
        .stored(column("policy", "title"))
        .by(() -> v -> send(EDITOR, POST, "/api/policies", policy(v, "区科技局", "研发投入补助", "补助比例 50%", "专精特新"))));
    all.add(probe("policy", "POST /api/policies`", "issuingDepartment", SINGLE, "policy.Policies", "MAX_DEPARTMENT")
        .stored(column("policy", "issuing_department"))
        .by(() -> v -> send(EDITOR, POST, "/api/policies", policy("补助", v, "研发投入补助", "补助比例 50%", "专精特新"))));
    all.add(probe("policy", "POST /api/policies`", "summary", MULTI, "policy.Policies", "MAX_SUMMARY")
        .stored(column("policy", "summary"))
        .by(() -> v -> send(EDITOR, POST, "/api/policies", policy("补助", "区科技局", v, "补助比例 50%", "专精特新"))));
    all.add(probe("policy", "POST /api/policies`", "body", MULTI, "policy.Policies", "MAX_BODY")
        .stored(column("policy", "body"))
        .by(() -> v -> send(EDITOR, POST, "/api/policies", policy("补助", "区科技局", "研发投入补助", v, "专精特新"))));
    all.add(probe("policy", "POST /api/surveys", "target.industries[i], target.areas[i], target.tags[i]", SINGLE,
        "directory.DirectoryInput", "MAX_TARGET_VALUE").named("target.tags[0]")
        .stored(column("policy_target", "target_value"))
        .by(() -> v -> send(EDITOR, POST, "/api/policies", policy("补助", "区科技局", "研发投入补助", "补助比例 50%", v))));
    all.add(probe("policy", "/consult", "question", MULTI, "policy.PolicyReading", "MAX_QUESTION")
        .stored(column("request", "description"))
        .by(() -> {
          long id = delivered("政策咨询", ent01);
          return v -> refusals(() -> policyReading.consult(id, ent01, v, "王经理", "020-12345678",
              new Caller("ent01", Set.of(StewardGroups.ENTERPRISES))));
        }));
    all.add(probe("policy", "confirm-policy-delivery", "note", MULTI, "policy.PolicyConfirmations", "MAX_NOTE")
        .stored(column("policy_confirmation", "note"))
        .by(() -> {
          long id = delivered("确认送达", ent03);
          api.executeJobs("POLICY-" + id, PolicyPushProcess.OPEN_CONFIRMATION);
          return v -> complete(PROJECT_OFFICER, "POLICY-" + id, PolicyPushProcess.CONFIRM_DELIVERY, "applicability",
              "NOT_APPLICABLE", "note", v);
        }));
    all.add(probe("survey", "POST /api/surveys`", "title", SINGLE, "survey.Campaigns", "MAX_TITLE")
        .stored(column("survey_campaign", "title"))
        .by(() -> v -> send(EDITOR, POST, "/api/surveys", """
            {"formId": "business-conditions", "title": %s, "target": {"tags": ["专精特新"]}, "opensOn": "2031-03-02",
             "closesOn": "2031-03-13"}""".formatted(q(v)))));
    all.add(probe("survey", "chase-survey-responses", "note", MULTI, "survey.SurveyChases", "MAX_NOTE")
        .stored(column("survey_chase", "note"))
        .by(() -> {
          long chase = surveyChases.open(openCampaign(), OFFICER).id();
          return v -> refusals(() -> surveyChases.done(chase, v, OFFICER));
        }));
    all.add(probe("survey", "/portal/surveys/{id}", "a text field", SINGLE, "survey.SurveyForm", "TEXTFIELD_MAX")
        .notProbed("no shipped survey form has a text field of 200 characters: the only one, powerContactPhone, "
            + "has maxLength 20 and a pattern (SurveyFormTest checks the cap)"));
    all.add(probe("survey", "/portal/surveys/{id}", "a text area", MULTI, "survey.SurveyForm", "TEXTAREA_MAX")
        .named("coordinationMatters").stored(containing("survey_answer", "answers")).json()
        .by(() -> {
          long campaign = openCampaign();
          return v -> refusals(() -> surveyAnswers.answer(campaign, ent01, "ent01", surveyAnswer(v)));
        }));
  }

  /** A policy for one enterprise, published and delivered (key enterprises' officers confirm the delivery). */
  private long delivered(String title, long enterpriseId) {
    String body = policy(title, "区科技局", "研发投入补助", "补助比例 50%", "专精特新")
        .replace("{\"tags\": [\"专精特新\"]}", "{\"enterpriseIds\": [" + enterpriseId + "]}");
    long id = api.call(EDITOR, POST, "/api/policies", body, HttpStatus.CREATED).path("id").asLong();
    api.call(EDITOR, POST, "/api/policies/" + id + "/publish", null, HttpStatus.OK);
    api.executeJobs("POLICY-" + id, PolicyPushProcess.DELIVER_POLICY);
    return id;
  }

  /** A business-conditions survey of ent01, open from today. */
  private long openCampaign() {
    long id = api.call(EDITOR, POST, "/api/surveys", """
        {"formId": "business-conditions", "title": "经营现状调查", "target": {"enterpriseIds": [%d]}, "opensOn": "%s",
         "closesOn": "%s"}""".formatted(ent01, StewardClock.today(), StewardClock.today().plusDays(30)),
        HttpStatus.CREATED).path("id").asLong();
    api.executeJobs("SURVEY-" + id, SurveyCampaignProcess.UNTIL_OPEN);
    return id;
  }

  private static Map<String, List<String>> surveyAnswer(String coordinationMatters) {
    Map<String, List<String>> raw = new LinkedHashMap<>();
    raw.put("revenueChange", List.of("DOWN_WITHIN_10"));
    raw.put("mainDifficulties", List.of("FINANCING", "POWER"));
    raw.put("employeeCount", List.of("120"));
    raw.put("overallSatisfaction", List.of("4"));
    raw.put("coordinationNeeded", List.of("NEEDED"));
    raw.put("coordinationMatters", List.of(coordinationMatters));
    return raw;
  }

  private static String policy(String title, String department, String summary, String body, String tag) {
    return """
        {"title": %s, "issuingDepartment": %s, "summary": %s, "body": %s, "validFrom": "2031-03-01",
         "validTo": "2031-03-31", "confirmDays": 5, "target": {"tags": [%s]}}"""
        .formatted(q(title), q(department), q(summary), q(body), q(tag));
  }

  private void visitAndWorkReport(List<Probe> all) {
    String today = StewardClock.today().toString();
    all.add(probe("visit", "record-visit", "peopleMet", SINGLE, "visit.Visits", "MAX_PEOPLE")
        .stored(column("visit", "people_met"))
        .by(() -> {
          long id = openVisit();
          return v -> refusals(() -> visits.record(id, today, "ON_SITE", v, "新产线调试中", null, "huangqiang"));
        }));
    all.add(probe("visit", "record-visit", "situation", MULTI, "visit.Visits", "MAX_SITUATION")
        .stored(column("visit", "situation"))
        .by(() -> {
          long id = openVisit();
          return v -> refusals(() -> visits.record(id, today, "ON_SITE", "李总", v, null, "huangqiang"));
        }));
    all.add(probe("visit", "record-visit", "problems", MULTI, "visit.Visits", "MAX_PROBLEMS")
        .stored(column("visit", "problems")).values(length -> text(length, true, 7, 250))
        .by(() -> {
          long id = openVisit();
          return v -> refusals(() -> visits.record(id, today, "ON_SITE", "李总", "新产线调试中", v, "huangqiang"));
        }));
    all.add(probe("visit", "/api/visit-cycles/tags/{tag}", "tag", SINGLE, "visit.VisitCycles", "MAX_TAG")
        .stored(column("visit_cycle_rule", "tag")).inPath()
        .by(() -> v -> send(SUPERVISOR, PUT, "/api/visit-cycles/tags/" + v, "{\"cycle\": \"MONTHLY\"}")));
    all.add(probe("workreport", "write-work-summary", "summary", MULTI, "workreport.WorkReports", "MAX_SUMMARY")
        .stored(column("work_report", "summary"))
        .by(() -> {
          long id = draftedReport();
          return v -> refusals(() -> workReports.submit(id, v, OFFICER));
        }));
    all.add(probe("workreport", "review-work-summary", "note", MULTI, "workreport.WorkReports", "MAX_NOTE")
        .stored(column("work_report", "review_note"))
        .by(() -> {
          long id = draftedReport();
          workReports.submit(id, "本季度走访企业 12 家。", OFFICER);
          return v -> refusals(() -> workReports.review(id, "SEND_BACK", v, SUPERVISOR));
        }));
  }

  /** An open visit of this month's cycle (planned here when none is left). */
  private long openVisit() {
    String open = "select id from visit where state = 'OPEN' and period_start <= ? order by id limit 1";
    LocalDate today = StewardClock.today();
    if (jdbc.sql(open).param(today).query(Long.class).optional().isEmpty()) {
      visitPlanning.planBatch(today.withDayOfMonth(1), 0, null);
    }
    return jdbc.sql(open).param(today).query(Long.class).single();
  }

  /** A drafted work report of the last quarter (drafted here when none is). */
  private long draftedReport() {
    String drafted = "select id from work_report where state = 'DRAFTED' order by id limit 1";
    if (jdbc.sql(drafted).query(Long.class).optional().isEmpty()) {
      workReports.draft(StewardClock.today());
    }
    return jdbc.sql(drafted).query(Long.class).single();
  }

  private void forum(List<Probe> all) {
    String forums = "/api/forums";
    all.add(probe("forum", forums, "title", SINGLE, "forum.Forums", "MAX_TITLE")
        .stored(column("forum_meeting", "title"))
        .by(() -> v -> send(OFFICER, POST, forums, forum(v, "会议室", "纪要"))));
    all.add(probe("forum", forums, "place", SINGLE, "forum.Forums", "MAX_PLACE")
        .stored(column("forum_meeting", "place"))
        .by(() -> v -> send(OFFICER, POST, forums, forum("座谈会", v, "纪要"))));
    all.add(probe("forum", forums, "minutes", MULTI, "forum.Forums", "MAX_MINUTES")
        .stored(column("forum_meeting", "minutes"))
        .by(() -> v -> send(OFFICER, POST, forums, forum("座谈会", "会议室", v))));
    all.add(probe("forum", forums, "problems[i].title", SINGLE, "request.NewRequest", "MAX_TITLE")
        .stored(column("forum_problem", "title"))
        .by(() -> v -> send(OFFICER, POST, forums, forum("座谈会", "会议室", "纪要", forumProblem(v, "描述", "王经理", "020-1")))));
    all.add(probe("forum", forums, "problems[i].description", MULTI, "request.NewRequest", "MAX_DESCRIPTION")
        .stored(column("forum_problem", "description"))
        .by(() -> v -> send(OFFICER, POST, forums, forum("座谈会", "会议室", "纪要", forumProblem("用电", v, "王经理", "020-1")))));
    all.add(probe("forum", forums, "problems[i].contactName", SINGLE, "request.NewRequest", "MAX_CONTACT_NAME")
        .stored(column("forum_problem", "contact_name"))
        .by(() -> v -> send(OFFICER, POST, forums, forum("座谈会", "会议室", "纪要", forumProblem("用电", "描述", v, "020-1")))));
    all.add(probe("forum", forums, "problems[i].contactPhone", SINGLE, "request.NewRequest", "MAX_CONTACT_PHONE")
        .stored(column("forum_problem", "contact_phone")).values(FieldLimitsIT::phone)
        .by(() -> v -> send(OFFICER, POST, forums, forum("座谈会", "会议室", "纪要", forumProblem("用电", "描述", "王经理", v)))));
  }

  private String forum(String title, String place, String minutes) {
    return forum(title, place, minutes, forumProblem("用电", "描述", "王经理", "020-12345678"));
  }

  private String forum(String title, String place, String minutes, String problem) {
    return """
        {"title": %s, "heldOn": "%s", "place": %s, "minutes": %s, "enterpriseIds": [%d], "problems": [%s]}"""
        .formatted(q(title), StewardClock.today(), q(place), q(minutes), ent01, problem);
  }

  private String forumProblem(String title, String description, String contactName, String contactPhone) {
    return """
        {"enterpriseId": %d, "category": "power", "title": %s, "description": %s, "contactName": %s,
         "contactPhone": %s}""".formatted(ent01, q(title), q(description), q(contactName), q(contactPhone));
  }

  private void deputy(List<Probe> all) {
    int[] day = {0};
    all.add(probe("deputy", "/api/deputies", "deputyId", SINGLE, "deputy.Leaves", "MAX_USER_ID")
        .stored(column("deputy_leave", "deputy_id")).atLimitOutOfReach("no officer has an id of 64 characters")
        .by(() -> v -> send(ADMIN, POST, "/api/deputies", leave(v, "休假", ++day[0]))));
    all.add(probe("deputy", "/api/deputies", "reason", SINGLE, "deputy.Leaves", "MAX_REASON")
        .stored(column("deputy_leave", "reason"))
        .by(() -> v -> send(ADMIN, POST, "/api/deputies", leave("liuyang", v, ++day[0]))));
    all.add(probe("deputy", "/api/copies/", "note", MULTI, "deputy.Copies", "MAX_NOTE")
        .stored(column("case_copy", "note"))
        .by(() -> {
          String caseNumber = submitted("抄送");
          return v -> send(OFFICER, POST, "/api/copies/" + caseNumber, "{\"to\": [\"hejun\"], \"note\": " + q(v) + "}");
        }));
  }

  private static String leave(String deputyId, String reason, int week) {
    String starts = StewardClock.today().plusWeeks(100 + week).toString();
    return """
        {"officerId": "zhangwei", "deputyId": %s, "startsOn": "%s", "endsOn": "%s", "reason": %s}"""
        .formatted(q(deputyId), starts, starts, q(reason));
  }

  private void directory(List<Probe> all) {
    String departments = "/api/directory/departments";
    all.add(probe("directory", departments, "name", SINGLE, "directory.DirectoryInput", "MAX_NAME")
        .stored(column("directory_department", "name"))
        .by(() -> v -> send(ADMIN, POST, departments,
            "{\"code\": \"" + DirectoryFixtures.freshId("d") + "\", \"name\": " + q(v) + "}")));
    String officers = "POST /api/directory/officers`";
    all.add(probe("directory", officers, "name", SINGLE, "directory.DirectoryInput", "MAX_NAME")
        .stored(column("directory_officer", "name"))
        .by(() -> v -> send(ADMIN, POST, "/api/directory/officers", officer(v, "020-00000000"))));
    all.add(probe("directory", officers, "phone", SINGLE, "directory.DirectoryInput", "MAX_PHONE")
        .stored(column("directory_officer", "phone"))
        .by(() -> v -> send(ADMIN, POST, "/api/directory/officers", officer("测试管家", v))));
    all.add(probe("directory", "/email", "email", SINGLE, "directory.DirectoryInput", "MAX_EMAIL")
        .stored(column("directory_officer", "email"))
        .values(length -> DirectoryFixtures.freshId("m") + "a".repeat(length - 21) + "@example.org")
        .by(() -> {
          String id = api.call(ADMIN, POST, "/api/directory/officers", officer("邮箱管家", null), HttpStatus.CREATED)
              .path("id").asText();
          return v -> send(ADMIN, PUT, "/api/directory/officers/" + id + "/email", "{\"email\": " + q(v) + "}");
        }));
    String enterprises = "POST /api/directory/enterprises`";
    all.add(probe("directory", enterprises, "name", SINGLE, "directory.DirectoryInput", "MAX_ENTERPRISE_NAME")
        .stored(column("directory_enterprise", "name"))
        .by(() -> v -> send(ADMIN, POST, "/api/directory/enterprises", enterprise(v, "制造", "黄埔区", "规上企业"))));
    all.add(probe("directory", enterprises, "industry", SINGLE, "directory.DirectoryInput", "MAX_INDUSTRY")
        .stored(column("directory_enterprise", "industry"))
        .by(() -> v -> send(ADMIN, POST, "/api/directory/enterprises", enterprise(null, v, "黄埔区", "规上企业"))));
    all.add(probe("directory", enterprises, "area", SINGLE, "directory.DirectoryInput", "MAX_AREA")
        .stored(column("directory_enterprise", "area"))
        .by(() -> v -> send(ADMIN, POST, "/api/directory/enterprises", enterprise(null, "制造", v, "规上企业"))));
    all.add(probe("directory", enterprises, "tags[i]", SINGLE, "directory.DirectoryInput", "MAX_TAG")
        .stored(column("directory_enterprise_tag", "tag"))
        .by(() -> v -> send(ADMIN, POST, "/api/directory/enterprises", enterprise(null, "制造", "黄埔区", v))));
    all.add(probe("directory", "/officer`", "reason", MULTI, "directory.DirectoryInput", "MAX_REASON")
        .stored(column("directory_assignment", "reason"))
        .by(() -> {
          long id = api.call(ADMIN, POST, "/api/directory/enterprises", enterprise(null, "制造", "黄埔区", "规上企业"),
              HttpStatus.CREATED).path("id").asLong();
          return v -> send(ADMIN, PUT, "/api/directory/enterprises/" + id + "/officer",
              "{\"officerId\": \"liuyang\", \"reason\": " + q(v) + "}");
        }));
  }

  private static String officer(String name, String phone) {
    return """
        {"id": "%s", "name": %s, "departmentCode": "power", "kind": "ENTERPRISE", "supervisorId": "chenjianguo",
         "phone": %s, "supervisor": false, "password": "secret-123"}"""
        .formatted(DirectoryFixtures.freshId("o"), q(name), phone == null ? "null" : q(phone));
  }

  private static String enterprise(String name, String industry, String area, String tag) {
    return """
        {"name": %s, "creditCode": "%s", "industry": %s, "area": %s, "tags": [%s], "officerId": "zhangwei"}"""
        .formatted(q(name == null ? "广州测试" + DirectoryFixtures.freshId("") + "有限公司" : name),
            DirectoryFixtures.freshCreditCode(), q(industry), q(area), q(tag));
  }

  private void calendarAndEngine(List<Probe> all) {
    all.add(probe("calendar", "/api/calendar/years/{year}", "source", SINGLE, "calendar.WorkingDayCalendar",
        "MAX_SOURCE_LENGTH").stored(column("calendar_year", "source"))
        .by(() -> v -> send(ADMIN, PUT, "/api/calendar/years/2097", calendarYear(2097, v, "元旦"))));
    all.add(probe("calendar", "/api/calendar/years/{year}", "days[i].name", SINGLE, "calendar.WorkingDayCalendar",
        "MAX_NAME_LENGTH").stored(column("calendar_day", "name"))
        .by(() -> v -> send(ADMIN, PUT, "/api/calendar/years/2096", calendarYear(2096, "国务院办公厅通知", v))));
    all.add(probe("security", "any completion", "any text form field", "as the form's field; at most 4000",
        "security.process.CompletionRules", "MAX_TEXT").named("answer").stored(variable("answer"))
        .by(() -> {
          String caseNumber = acknowledged("表单字段");
          return v -> complete(OFFICER, caseNumber, DECIDE_HANDLING, "decision", "RESOLVE_DIRECTLY", "answer", v);
        }));
    all.add(probe("security", "any engine String variable", "the variable", "any", "shared.Violations",
        "MAX_VARIABLE_TEXT").named("note").stored(variable("note"))
        .by(() -> {
          String caseNumber = submitted("流程变量");
          String instance = api.call(ADMIN, HttpMethod.GET, "/engine-rest/process-instance?businessKey=" + caseNumber
              + "&processDefinitionKey=" + EnterpriseRequestProcess.ID, null, HttpStatus.OK).get(0).path("id").asText();
          return v -> send(ADMIN, PUT, "/engine-rest/process-instance/" + instance + "/variables/note",
              "{\"value\": " + q(v) + ", \"type\": \"String\"}");
        }));
  }

  private static String calendarYear(int year, String source, String name) {
    return """
        {"source": %s, "days": [{"date": "%d-01-01", "working": false, "name": %s}]}"""
        .formatted(q(source), year, q(name));
  }

  private long signedOrder(String title) {
    String caseNumber = handedOverToPower(title);
    long id = api.call(SUPERVISOR, POST, "/api/supervision-orders", """
        {"caseNumber": "%s", "department": "power", "requirement": "说明供电方案", "timeLimit": 2}
        """.formatted(caseNumber), HttpStatus.CREATED).path("id").asLong();
    api.call(STAFF, POST, "/api/supervision-orders/" + id + "/sign", "{}", HttpStatus.OK);
    return id;
  }

  private String convened(String title) {
    String caseNumber = submitted(title);
    api.call(OFFICER, POST, "/api/cases/" + caseNumber + "/convenings",
        "{\"question\": \"是否需要增容？\", \"officers\": [\"liuyang\", \"wangjing\"], \"timeLimit\": 3}",
        HttpStatus.CREATED);
    return caseNumber;
  }

  // --- fixtures -----------------------------------------------------------------------------------------------------

  private static Probe probe(String capability, String write, String field, String kind, String type,
      String constant) {
    return new Probe(capability, write, field, kind, constant(type, constant));
  }

  private String submitted(String title) {
    return api.call("ent01", POST, "/api/requests", RequestFixtures.body(ent01, title), HttpStatus.CREATED)
        .path("caseNumber").asText();
  }

  private String acknowledged(String title) {
    String caseNumber = submitted(title);
    api.completeTask(OFFICER, caseNumber, ACKNOWLEDGE_REQUEST, "firstAnswer", "已收到，张伟负责跟进。");
    return caseNumber;
  }

  /** A request handed over to power, which fed back and consolidated: the officer replies to the enterprise. */
  private String consolidated(String title) {
    String caseNumber = handedOverToPower(title);
    api.completeTask(STAFF, caseNumber, DepartmentHandlingProcess.HANDLE_MATTER, "action", "FEEDBACK", "feedback",
        "已办结。");
    api.completeTask(STAFF, caseNumber, EnterpriseRequestProcess.CONSOLIDATE_FEEDBACK, "consolidatedAnswer",
        "供电局已办结。");
    return caseNumber;
  }

  private static String phone(int length) {
    return "020-" + "1".repeat(length - 4);
  }

  private String handedOverToPower(String title) {
    return handedOverToPower(title, "");
  }

  /** A request of ent01, acknowledged by zhangwei and handed over to power (lead), for 5 working days. */
  private String handedOverToPower(String title, String cooperatingDepartments) {
    String caseNumber = acknowledged(title);
    api.completeTask(OFFICER, caseNumber, DECIDE_HANDLING, "decision", "HAND_OVER", "leadDepartment", "power",
        "cooperatingDepartments", cooperatingDepartments, "timeLimit", 5);
    return caseNumber;
  }

  /** Sends a write; answers the fields a 400 names (problem+json), empty for a 2xx, and fails on anything else. */
  private List<String> send(String user, HttpMethod method, String path, String body) {
    ResponseEntity<String> response = api.send(user, method, path, body);
    if (response.getStatusCode().is2xxSuccessful()) {
      return List.of();
    }
    assertThat(response.getStatusCode()).as("%s %s as %s: %s", method, path, user, response.getBody())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    List<String> fields = ApiCalls.fields(ApiCalls.json(response));
    assertThat(fields).as("%s %s: %s", method, path, response.getBody()).isNotEmpty();
    return fields;
  }

  /** Calls a capability's Java API: answers the fields its {@link InvalidInput} names, empty when it passes. */
  private static List<String> refusals(Runnable call) {
    try {
      call.run();
      return List.of();
    } catch (InvalidInput e) {
      return e.violations().stream().map(InvalidInput.FieldViolation::field).toList();
    }
  }

  /** Completes the one task {@code taskKey} of the case that {@code user} sees, in Tasklist's way, claiming it. */
  private List<String> complete(String user, String businessKey, String taskKey, Object... namesAndValues) {
    JsonNode tasks = api.call(user, HttpMethod.GET, "/engine-rest/task?processInstanceBusinessKey=" + businessKey
        + "&taskDefinitionKey=" + taskKey, null, HttpStatus.OK);
    assertThat(tasks.size()).as("%s sees one %s in %s", user, taskKey, businessKey).isEqualTo(1);
    String id = tasks.get(0).path("id").asText();
    if (tasks.get(0).path("assignee").isNull()) {
      api.exchange(user, POST, "/engine-rest/task/" + id + "/claim", "{\"userId\": \"" + user + "\"}",
          HttpStatus.NO_CONTENT);
    }
    return send(user, POST, "/engine-rest/task/" + id + "/complete", ApiCalls.completion(namesAndValues));
  }

  private long count(String query, String value) {
    return jdbc.sql(query).param(value).query(Long.class).single();
  }

  private static String column(String table, String column) {
    return "select count(*) from " + table + " where " + column + " = ?";
  }

  private static String containing(String table, String column) {
    return "select count(*) from " + table + " where strpos(" + column + ", ?) > 0";
  }

  private static String variable(String name) {
    return "select count(*) from act_hi_varinst where name_ = '" + name + "' and text_ = ?";
  }

  /** {@code value} as a JSON string. */
  private static String q(String value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
