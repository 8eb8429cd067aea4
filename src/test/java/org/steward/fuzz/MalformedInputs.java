package org.steward.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The corpus of malformed input: each kind once, with the door it goes through, the body or query it sends and the
 * answer it must get (status, and the field or problem it names). A new endpoint joins by adding its kinds here;
 * {@link MalformedInputCorpusIT} sends them all, several times each, mixed with valid submissions.
 */
final class MalformedInputs {

  /** How a call authenticates: HTTP basic on {@code /api} and engine-rest, the session and CSRF token on the portal. */
  enum Door { API, ENGINE, PORTAL }

  /**
   * One kind of malformed input. {@code field} is the field the problem must name (null: none asked), {@code problem}
   * the code its {@code type} must end with (null: any); {@code raw} marks answers given by the web server before
   * Spring, which are not problem+json.
   */
  record Kind(String name, Door door, String user, String method, String path, String contentType, byte[] body,
      Map<String, String> headers, int status, String field, String problem, boolean raw) {
  }

  /** What the kinds act on: the enterprise that submits, a case with an open 签收诉求, its instance and task. */
  record Targets(long enterpriseId, String caseNumber, String instanceId, String taskId, String officer) {
  }

  private static final String JSON = "application/json";
  private static final String FORM = "application/x-www-form-urlencoded";

  private final Targets t;
  private final List<Kind> kinds = new ArrayList<>();

  private MalformedInputs(Targets targets) {
    this.t = targets;
  }

  static List<Kind> of(Targets targets) {
    MalformedInputs all = new MalformedInputs(targets);
    all.requestBodies();
    all.requestTexts();
    all.queriesAndHeaders();
    all.otherApiWrites();
    all.engineRest();
    all.portal();
    return List.copyOf(all.kinds);
  }

  /** A valid submission of the targets' enterprise, its title made unique by {@code title}. */
  static String validRequest(long enterpriseId, String title) {
    return """
        {"enterpriseId": %d, "category": "land", "title": "%s", "description": "扩产需要新增工业用地约 20 亩。\\n请协调。",
         "contactName": "王经理", "contactPhone": "020-12345678", "urgency": "NORMAL", "channel": "PORTAL"}"""
        .formatted(enterpriseId, title);
  }

  /** Broken JSON, wrong shapes and types, too much of it, the wrong content type: {@code POST /api/requests}. */
  private void requestBodies() {
    String valid = validRequest(t.enterpriseId(), "语料");
    submit("truncated JSON", valid.substring(0, 60), 400, null, "unreadable-body");
    submit("empty body", "", 400, null, null);
    submit("not JSON at all", "title=用地", 400, null, "unreadable-body");
    submit("a JSON array", "[" + valid + "]", 400, null, null);
    submit("JSON null", "null", 400, null, null);
    submit("a bare string", "\"用地\"", 400, null, null);
    submit("duplicated key", valid.replace("\"title\": \"语料\"", "\"title\": \"语料\", \"title\": \"第二个值\""), 400,
        "title", "invalid-input");
    submit("nested 5,000 levels", "{\"title\":".repeat(5000) + "1" + "}".repeat(5000), 400, null, null);
    // ASCII, so that the bytes the server leaves unread stay within what Tomcat swallows before it answers; well past
    // the limit, which Jackson checks only as it fills its buffer
    submit("body over 2,000,000 characters", valid.replace("请协调。", "x".repeat(2_100_000)), 413, null,
        "body-too-large");
    add(new Kind("text/plain body", Door.API, "ent", "POST", "/api/requests", "text/plain", utf8(valid), Map.of(),
        415, null, "unsupported-media-type", false));
    add(new Kind("XML body", Door.API, "ent", "POST", "/api/requests", "application/xml",
        utf8("<request><title>用地</title></request>"), Map.of(), 415, null, "unsupported-media-type", false));
    add(new Kind("form-encoded body", Door.API, "ent", "POST", "/api/requests", FORM, utf8("title=x"), Map.of(), 415,
        null, "unsupported-media-type", false));
    byte[] broken = utf8(valid.replace("语料", "XX"));
    int at = new String(broken, StandardCharsets.ISO_8859_1).indexOf("XX");
    broken[at] = (byte) 0xC3;
    broken[at + 1] = (byte) 0x28;
    add(new Kind("invalid UTF-8 in the body", Door.API, "ent", "POST", "/api/requests", JSON, broken, Map.of(), 400,
        null, null, false));
    submit("enterpriseId as text", valid.replace("\"enterpriseId\": " + t.enterpriseId(), "\"enterpriseId\": \"abc\""),
        400, "enterpriseId", "invalid-input");
    submit("enterpriseId with a fraction",
        valid.replace("\"enterpriseId\": " + t.enterpriseId(), "\"enterpriseId\": " + t.enterpriseId() + ".5"), 400,
        "enterpriseId", "invalid-input");
    submit("enterpriseId of 31 digits", valid.replace("\"enterpriseId\": " + t.enterpriseId(),
        "\"enterpriseId\": 1234567890123456789012345678901"), 400, "enterpriseId", "invalid-input");
    submit("title as an object", valid.replace("\"语料\"", "{\"zh\": \"用地\"}"), 400, "title", "invalid-input");
    submit("title as an array", valid.replace("\"语料\"", "[\"用地\"]"), 400, "title", "invalid-input");
    submit("unknown urgency", valid.replace("NORMAL", "SUPER_URGENT"), 400, "urgency", "invalid-input");
    submit("unknown channel", valid.replace("\"PORTAL\"", "\"CARRIER_PIGEON\""), 400, "channel", "invalid-input");
    submit("unknown category", valid.replace("\"land\"", "\"no-such-category\""), 400, "category", "invalid-input");
    submit("title missing", valid.replace("\"title\": \"语料\",", ""), 400, "title", "invalid-input");
  }

  /** Text that breaks the text rule or its field's limit: {@code POST /api/requests}. */
  private void requestTexts() {
    String valid = validRequest(t.enterpriseId(), "语料");
    submit("blank title", valid.replace("\"语料\"", "\"   \""), 400, "title", "invalid-input");
    submit("NUL in the title", valid.replace("语料", "用地\\u0000申请"), 400, "title", "invalid-input");
    submit("NUL in the description", valid.replace("请协调。", "请\\u0000协调。"), 400, "description", "invalid-input");
    submit("BEL in the description", valid.replace("请协调。", "请\\u0007协调。"), 400, "description", "invalid-input");
    submit("C1 control in the title", valid.replace("语料", "用地\\u0085"), 400, "title", "invalid-input");
    submit("lone high surrogate in the title", valid.replace("语料", "用地\\ud800"), 400, "title", "invalid-input");
    submit("lone low surrogate in the description", valid.replace("请协调。", "\\udc00"), 400, "description",
        "invalid-input");
    submit("non-character in the title", valid.replace("语料", "用地\\uffff"), 400, "title", "invalid-input");
    submit("line break in the title", valid.replace("语料", "第一行\\n第二行"), 400, "title", "invalid-input");
    submit("only zero-width characters", valid.replace("语料", "\\u200b\\u200d\\u2060"), 400, "title",
        "invalid-input");
    submit("title of 101 characters", valid.replace("语料", "长".repeat(101)), 400, "title", "invalid-input");
    String description = "扩产需要新增工业用地约 20 亩。\\n请协调。";
    submit("description of 5,001 characters", valid.replace(description, "诉".repeat(5001)), 400, "description",
        "invalid-input");
    submit("description of 5,001 characters outside the BMP", valid.replace(description, "𠀀".repeat(5001)), 400,
        "description", "invalid-input");
    submit("contact phone of 33 characters", valid.replace("020-12345678", "1".repeat(33)), 400, "contactPhone",
        "invalid-input");
  }

  /** Query strings with control characters or broken encoding, and headers too large for the server. */
  private void queriesAndHeaders() {
    get("NUL in a query parameter", "/api/ledger?officer=%00", "officer");
    get("broken UTF-8 in a query parameter", "/api/ledger?officer=%C3%28", "officer");
    get("cut percent-encoding in a query parameter", "/api/ledger?officer=ab%E2%80", "officer");
    get("control character in a parameter's name", "/api/ledger?of%01ficer=x", "query");
    get("page that is not a number", "/api/ledger?page=abc", "page");
    add(new Kind("header of 64 KB", Door.API, "ent", "GET", "/api/ledger", null, null,
        Map.of("X-Padding", "x".repeat(64 * 1024)), 400, null, null, true));
    add(new Kind("Idempotency-Key of 201 characters", Door.API, "ent", "POST", "/api/requests", JSON,
        utf8(validRequest(t.enterpriseId(), "幂等键")), Map.of("Idempotency-Key", "k".repeat(201)), 400,
        "Idempotency-Key", "invalid-input", false));
  }

  /** Other writes of {@code /api} on the targets' case. */
  private void otherApiWrites() {
    String rating = "/api/requests/" + t.caseNumber() + "/satisfaction";
    add(json("duplicated key in a rating", "ent", "POST", rating,
        "{\"satisfaction\": \"SATISFIED\", \"satisfaction\": \"UNSATISFIED\"}", 400, "satisfaction"));
    add(json("NUL in an escalation's reason", t.officer(), "POST", "/api/requests/" + t.caseNumber() + "/escalation",
        "{\"reason\": \"意见\\u0000不一致\"}", 400, "reason"));
    add(json("a fractional time limit of a supervision order", "chenjianguo", "POST", "/api/supervision-orders",
        "{\"caseNumber\": \"%s\", \"department\": \"power\", \"requirement\": \"说明进展\", \"timeLimit\": 1.5}"
            .formatted(t.caseNumber()), 400, "timeLimit"));
  }

  /** Task completions and variable writes over engine-rest, and its own bodies and query strings. */
  private void engineRest() {
    String complete = "/engine-rest/task/" + t.taskId() + "/complete";
    add(engine("NUL in a completion's variable", t.officer(), "POST", complete,
        "{\"variables\": {\"firstAnswer\": {\"value\": \"已收到\\u0000\", \"type\": \"String\"}}}", 400, "firstAnswer"));
    add(engine("completion variable of 4,001 characters", t.officer(), "POST", complete,
        "{\"variables\": {\"firstAnswer\": {\"value\": \"" + "答".repeat(4001) + "\", \"type\": \"String\"}}}", 400,
        "firstAnswer"));
    add(engine("completion variable the form does not have", t.officer(), "POST", complete,
        "{\"variables\": {\"caseNumber\": {\"value\": \"X\", \"type\": \"String\"}}}", 400, "caseNumber"));
    add(engine("duplicated key in a completion", t.officer(), "POST", complete,
        "{\"variables\": {\"firstAnswer\": {\"value\": \"好\", \"value\": \"坏\", \"type\": \"String\"}}}", 400,
        "variables.firstAnswer.value"));
    add(engine("truncated JSON on engine-rest", t.officer(), "POST", complete, "{\"variables\": {", 400, null));
    add(engine("a completion's variables as an array", t.officer(), "POST", complete, "{\"variables\": [1, 2]}", 400,
        null));
    add(engine("engine-rest body over 2,000,000 characters", t.officer(), "POST", complete,
        "{\"variables\": {\"firstAnswer\": {\"value\": \"" + "x".repeat(2_100_000) + "\"}}}", 413, null));
    String variable = "/engine-rest/process-instance/" + t.instanceId() + "/variables/";
    add(engine("an administrator's variable write with NUL", "admin", "PUT", variable + "note",
        "{\"value\": \"备注\\u0000\", \"type\": \"String\"}", 400, "note"));
    add(engine("an administrator's variable write of 4,001 characters", "admin", "PUT", variable + "note",
        "{\"value\": \"" + "注".repeat(4001) + "\", \"type\": \"String\"}", 400, "note"));
    add(engine("an administrator's variables with a lone surrogate", "admin", "POST",
        "/engine-rest/process-instance/" + t.instanceId() + "/variables",
        "{\"modifications\": {\"note\": {\"value\": \"a\\ud800\", \"type\": \"String\"}}}", 400, "note"));
    add(new Kind("NUL in an engine-rest query", Door.ENGINE, t.officer(), "GET", "/engine-rest/task?assignee=%00", null,
        null, Map.of(), 400, "assignee", null, false));
  }

  /** The portal's forms. */
  private void portal() {
    String form = "category=land&title=%s&description=%s&urgency=NORMAL&contactName=王经理&contactPhone=020-12345678"
        + "&idempotencyKey=%s";
    portal("NUL in the portal's title", form.formatted("用地%00申请", "需要用地", "k1"), "title");
    portal("description of 5,001 characters on the portal", form.formatted("用地", "诉".repeat(5001), "k2"),
        "description");
    portal("broken UTF-8 in a portal form", form.formatted("用地%C3%28", "需要用地", "k3"), null);
    portal("NUL in the portal's idempotency key", form.formatted("用地", "需要用地", "k%00"), null);
  }

  private void submit(String name, String body, int status, String field, String problem) {
    add(new Kind(name, Door.API, "ent", "POST", "/api/requests", JSON, utf8(body), Map.of(), status, field, problem,
        false));
  }

  private void get(String name, String path, String field) {
    add(new Kind(name, Door.API, "ent", "GET", path, null, null, Map.of(), 400, field, "invalid-input", false));
  }

  private void portal(String name, String body, String field) {
    add(new Kind(name, Door.PORTAL, "ent", "POST", "/portal/requests", FORM, utf8(body), Map.of(), 400, field, null,
        true));
  }

  private static Kind json(String name, String user, String method, String path, String body, int status,
      String field) {
    return new Kind(name, Door.API, user, method, path, JSON, utf8(body), Map.of(), status, field, null, false);
  }

  private static Kind engine(String name, String user, String method, String path, String body, int status,
      String field) {
    return new Kind(name, Door.ENGINE, user, method, path, JSON, utf8(body), Map.of(), status, field, null, false);
  }

  private void add(Kind kind) {
    kinds.add(kind);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
