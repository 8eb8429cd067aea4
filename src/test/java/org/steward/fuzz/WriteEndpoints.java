package org.steward.fuzz;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpMethod;
import org.steward.directory.DirectoryFixtures;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Every POST, PUT, PATCH and DELETE under {@code /api} (from the controllers: requests, ratings, escalations,
 * convenings, supervision orders and their sign/answer/review, urges, projects, common-issue links, directory,
 * calendar, notifications, deputies, copies), each with a valid body on the sandbox.
 */
final class WriteEndpoints {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<WriteEndpoint> endpoints = new ArrayList<>();

  private WriteEndpoints() {
  }

  static List<WriteEndpoint> of(Sandbox s) {
    String caseNumber = s.caseNumber();
    WriteEndpoints all = new WriteEndpoints();
    all.add(POST, "/api/requests", "/api/requests", """
        {"enterpriseId": %d, "category": "land", "title": "用地", "description": "需要用地。", "contactName": "王经理",
         "contactPhone": "020-12345678", "urgency": "NORMAL", "channel": "PORTAL"}""".formatted(s.demoEnterpriseId()));
    all.add(POST, "/api/requests/{caseNumber}/satisfaction", "/api/requests/" + caseNumber + "/satisfaction",
        "{\"satisfaction\": \"SATISFIED\", \"comment\": \"满意\"}");
    all.add(POST, "/api/requests/{caseNumber}/escalation", "/api/requests/" + caseNumber + "/escalation",
        "{\"reason\": \"部门间意见不一致\"}");
    all.add(POST, "/api/notifications/{id}/read", "/api/notifications/1/read", null);
    all.add(POST, "/api/notifications/read-all", "/api/notifications/read-all", null);
    all.add(POST, "/api/supervision-orders", "/api/supervision-orders", """
        {"caseNumber": "%s", "unitId": %d, "requirement": "说明进展", "timeLimit": 3}"""
        .formatted(caseNumber, s.unitId()));
    String order = "/api/supervision-orders/" + s.orderId();
    all.add(POST, "/api/supervision-orders/{id}/sign", order + "/sign", null);
    all.add(POST, "/api/supervision-orders/{id}/answer", order + "/answer", "{\"answer\": \"已处理\"}");
    all.add(POST, "/api/supervision-orders/{id}/review", order + "/review",
        "{\"result\": \"REJECTED\", \"note\": \"请补充\"}");
    all.add(POST, "/api/cases/{caseNumber}/urges", "/api/cases/" + caseNumber + "/urges", "{\"message\": \"请尽快办理\"}");
    all.add(POST, "/api/cases/{caseNumber}/convenings", "/api/cases/" + caseNumber + "/convenings",
        "{\"question\": \"是否需要增容？\", \"officers\": [\"lina\", \"huangqiang\"], \"timeLimit\": 3}");
    all.add(POST, "/api/cases/{caseNumber}/convenings/{id}/officers",
        "/api/cases/" + caseNumber + "/convenings/999999/officers", "{\"officer\": \"zhouxin\"}");
    all.add(POST, "/api/projects", "/api/projects", """
        {"code": "%s", "name": "模糊测试项目", "enterpriseId": %d, "investment": 1000, "site": "黄埔区", "area": "黄埔区",
         "keyProject": false, "officer": "zhouxin", "leader": "hejun", "followUpPlan": "每月走访",
         "plannedConstructionStart": "2027-03-01", "plannedCompletion": "2027-12-01",
         "plannedProductionStart": "2028-03-01"}""".formatted(DirectoryFixtures.freshId("FZ").toUpperCase(),
        s.enterpriseId()));
    // a project of no one's: the rules run, no demo project changes hands
    all.add(POST, "/api/projects/{code}/officer", "/api/projects/FZ-NONE/officer",
        "{\"officer\": \"zhouxin\", \"reason\": \"调整分工\"}");
    all.add(POST, "/api/projects/{code}/leader", "/api/projects/FZ-NONE/leader",
        "{\"leader\": \"songli\", \"reason\": \"调整分工\"}");
    all.add(POST, "/api/projects/{code}/problems", "/api/projects/FZ-NONE/problems", """
        {"milestone": "CONSTRUCTION_START", "category": "land", "description": "用地未交付", "contactName": "王经理",
         "contactPhone": "020-12345678"}""");
    all.add(DELETE, "/api/common-issues/{id}/links/{caseNumber}", "/api/common-issues/999999/links/" + caseNumber,
        null);
    all.add(POST, "/api/deputies", "/api/deputies", """
        {"officerId": "%s", "deputyId": "liuyang", "startsOn": "2030-06-03", "endsOn": "2030-06-04", "reason": "休假"}"""
        .formatted(s.officer()));
    all.add(DELETE, "/api/deputies/{id}", "/api/deputies/999999", null);
    all.add(POST, "/api/copies/{caseNumber}", "/api/copies/" + caseNumber, "{\"to\": [\"hejun\"], \"note\": \"请关注\"}");
    directory(all, s);
    all.add(PUT, "/api/calendar/years/{year}", "/api/calendar/years/" + Sandbox.CALENDAR_YEAR, """
        {"source": "模糊测试", "days": [{"date": "%d-01-01", "working": false, "name": "元旦"}]}"""
        .formatted(Sandbox.CALENDAR_YEAR));
    return List.copyOf(all.endpoints);
  }

  private static void directory(WriteEndpoints all, Sandbox s) {
    String officer = "/api/directory/officers/" + s.officer();
    String enterprise = "/api/directory/enterprises/" + s.enterpriseId();
    all.add(POST, "/api/directory/departments", "/api/directory/departments",
        "{\"code\": \"%s\", \"name\": \"模糊测试局\"}".formatted(DirectoryFixtures.freshId("fz")));
    all.add(POST, "/api/directory/officers", "/api/directory/officers", """
        {"id": "%s", "name": "测试管家", "departmentCode": "power", "kind": "ENTERPRISE", "supervisorId": "%s",
         "phone": "020-00000000", "supervisor": false, "password": "secret-123"}"""
        .formatted(DirectoryFixtures.freshId("fz"), s.supervisor()));
    all.add(POST, "/api/directory/officers/{id}/supervisor", officer + "/supervisor", null);
    all.add(PUT, "/api/directory/officers/{id}/email", officer + "/email", "{\"email\": \"fuzz@example.org\"}");
    all.add(POST, "/api/directory/officers/{id}/handover", officer + "/handover",
        "{\"toOfficerId\": \"%s\", \"reason\": \"调岗\"}".formatted(s.supervisor()));
    all.add(POST, "/api/directory/enterprises", "/api/directory/enterprises", """
        {"name": "模糊测试%s有限公司", "creditCode": "%s", "industry": "制造", "area": "黄埔区", "tags": ["规上企业"],
         "officerId": "%s"}""".formatted(DirectoryFixtures.freshId(""), DirectoryFixtures.freshCreditCode(),
        s.officer()));
    all.add(PUT, "/api/directory/enterprises/{id}/officer", enterprise + "/officer",
        "{\"officerId\": \"%s\", \"reason\": \"调整\"}".formatted(s.officer()));
    all.add(POST, "/api/directory/enterprises/{id}/logins", enterprise + "/logins",
        "{\"userId\": \"%s\", \"password\": \"secret-123\"}".formatted(DirectoryFixtures.freshId("fz")));
  }

  private void add(HttpMethod method, String template, String path, String validBody) {
    try {
      endpoints.add(new WriteEndpoint(method, template, path,
          validBody == null ? null : (ObjectNode) JSON.readTree(validBody)));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(template, e);
    }
  }
}
