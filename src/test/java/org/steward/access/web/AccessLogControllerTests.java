package org.steward.access.web;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.steward.request.RequestFixtures.body;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.steward.directory.DirectoryManagement;

import com.jayway.jsonpath.JsonPath;

/**
 * The case scope and the access log over HTTP with the demo users: {@code ent01}'s cases are served by officer
 * {@code zhangwei}; {@code liuyang}, {@code water01} and {@code hejun} are outside them.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AccessLogControllerTests {

  @Autowired
  MockMvc mvc;
  @Autowired
  DirectoryManagement directory;

  @Test
  void outsidersOfTheCase_getNotFound_asForAnUnknownCase_andNothingIsLogged() throws Exception {
    String caseNumber = submit("范围外查阅");

    for (String outsider : new String[] {"liuyang", "water01", "hejun", "ent02"}) {
      read(outsider, caseNumber).andExpect(status().isNotFound())
          .andExpect(jsonPath("$.type").value("urn:steward:problem:not-found"))
          .andExpect(jsonPath("$.detailZh").isNotEmpty());
    }
    read("liuyang", "QY20990101-9999").andExpect(status().isNotFound());
    log("admin", "user=liuyang&size=200").andExpect(status().isOk())
        .andExpect(jsonPath("$.items[*].caseNumber", not(hasItem(caseNumber))));
  }

  @Test
  void staffReadsOfTheContact_areLogged_theEnterprisesOwnAreNot() throws Exception {
    String caseNumber = submit("查阅联系人");

    read("ent01", caseNumber).andExpect(status().isOk());
    read("zhangwei", caseNumber).andExpect(status().isOk()).andExpect(jsonPath("$.contactPhone").isNotEmpty());
    read("chenjianguo", caseNumber).andExpect(status().isOk());

    log("admin", "size=200").andExpect(status().isOk())
        .andExpect(jsonPath("$.items[?(@.caseNumber == '" + caseNumber + "')].user", hasItem("zhangwei")))
        .andExpect(jsonPath("$.items[?(@.caseNumber == '" + caseNumber + "')].user", hasItem("chenjianguo")))
        .andExpect(jsonPath("$.items[?(@.caseNumber == '" + caseNumber + "')].user", not(hasItem("ent01"))))
        .andExpect(jsonPath("$.items[?(@.caseNumber == '" + caseNumber + "')].action", hasItem("READ_CONTACT")));
  }

  @Test
  void everyExport_isLoggedWithItsFilter() throws Exception {
    mvc.perform(get("/api/ledger/export?format=csv&state=HANDLING").with(httpBasic("zhangwei", "demo")))
        .andExpect(status().isOk());
    mvc.perform(get("/api/reports/export?format=csv&period=2026-11").with(httpBasic("chenjianguo", "demo")))
        .andExpect(status().isOk());

    log("admin", "user=zhangwei&size=200").andExpect(jsonPath("$.items[?(@.action == 'EXPORT_LEDGER')].detail",
        hasItem("format=csv&state=HANDLING")));
    log("admin", "user=chenjianguo&size=200").andExpect(jsonPath("$.items[?(@.action == 'EXPORT_REPORT')].detail",
        hasItem("format=csv&period=2026-11")));
  }

  @Test
  void onlyAdministrators_listTheLog() throws Exception {
    for (String user : new String[] {"zhangwei", "chenjianguo", "lianxiban", "ent01"}) {
      log(user, "").andExpect(status().isForbidden())
          .andExpect(jsonPath("$.type").value("urn:steward:problem:access-log-forbidden"))
          .andExpect(jsonPath("$.titleZh").value("无权查看查阅日志"));
    }
  }

  @Test
  void badParameters_are400_namingTheParameter_inBothLanguages() throws Exception {
    log("admin", "size=0").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("size"))
        .andExpect(jsonPath("$.errors[0].messageZh").isNotEmpty());
    log("admin", "page=-1").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("page"));
    log("admin", "from=yesterday").andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("from"));
    log("admin", "from=2026-11-02&to=2026-11-01").andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("to"))
        .andExpect(jsonPath("$.errors[0].message").value("must not be before from"));
  }

  @Test
  void theLog_filtersByDay_inShanghai() throws Exception {
    String caseNumber = submit("按日筛选");
    read("zhangwei", caseNumber).andExpect(status().isOk());

    log("admin", "user=zhangwei&from=2000-01-01&to=2000-01-02").andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(0));
    log("admin", "user=zhangwei&from=2000-01-01").andExpect(status().isOk())
        .andExpect(jsonPath("$.items[*].caseNumber", hasItem(caseNumber)));
  }

  private String submit(String title) throws Exception {
    long ent01 = directory.enterpriseOfUser("ent01").orElseThrow().id();
    String response = mvc.perform(post("/api/requests").with(httpBasic("ent01", "demo"))
            .contentType(MediaType.APPLICATION_JSON).content(body(ent01, title)))
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    return JsonPath.read(response, "$.caseNumber");
  }

  private ResultActions read(String user, String caseNumber) throws Exception {
    return mvc.perform(get("/api/requests/" + caseNumber).with(httpBasic(user, "demo")));
  }

  private ResultActions log(String user, String query) throws Exception {
    return mvc.perform(get("/api/access-log?" + query).with(httpBasic(user, "demo")));
  }
}
