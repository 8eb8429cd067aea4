package org.steward.dashboard.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** {@code GET /api/dashboard} over HTTP with the demo users (password {@code demo}) on H2. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DashboardControllerTests {

  @Autowired
  MockMvc mvc;

  @Test
  void supervisorAndAdministrator_getTheDashboard() throws Exception {
    for (String user : new String[] {"chenjianguo", "admin"}) {
      mvc.perform(get("/api/dashboard").with(httpBasic(user, "demo")))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.today").isString())
          .andExpect(jsonPath("$.byDepartment").isArray())
          .andExpect(jsonPath("$.byOfficer").isArray())
          .andExpect(jsonPath("$.longestOverdue").isArray())
          .andExpect(jsonPath("$.ratings").isArray());
    }
  }

  @Test
  void officerDepartmentAndEnterprise_areRefusedInChineseAndEnglish() throws Exception {
    for (String user : new String[] {"zhangwei", "power01", "ent01"}) {
      mvc.perform(get("/api/dashboard").with(httpBasic(user, "demo")))
          .andExpect(status().isForbidden())
          .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
          .andExpect(jsonPath("$.type").value("urn:steward:problem:dashboard-not-visible"))
          .andExpect(jsonPath("$.title").value("Dashboard not available"))
          .andExpect(jsonPath("$.titleZh").value("无权查看督办看板"));
    }
  }

  @Test
  void badOverdueCount_is400NamingTheField() throws Exception {
    mvc.perform(get("/api/dashboard").param("overdue", "0").with(httpBasic("chenjianguo", "demo")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("overdue"))
        .andExpect(jsonPath("$.errors[0].messageZh").value("必须在 1 到 50 之间"));
    mvc.perform(get("/api/dashboard").param("overdue", "many").with(httpBasic("chenjianguo", "demo")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("overdue"));
  }

  @Test
  void anonymous_is401() throws Exception {
    mvc.perform(get("/api/dashboard")).andExpect(status().isUnauthorized());
  }
}
