package org.steward.notification.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.steward.notification.Notifications;

@SpringBootTest(properties = "steward.demo.enabled=true")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class NotificationControllerTests {

  @Autowired
  MockMvc mvc;
  @Autowired
  Notifications notifications;

  @Test
  void departmentStaff_readTheirGroupsNotifications_andMarkThemRead() throws Exception {
    String caseNumber = "QY20260302-" + System.nanoTime() % 10_000;
    notifications.notifyGroup("dept-water", "UNIT_RED", caseNumber, "水务局办理已超期");
    notifications.notifyUser("zhangwei", "RESPONSE_REMINDER", caseNumber, "请尽快签收诉求");
    long id = notifications.ofCase(caseNumber).get(0).id();

    mvc.perform(get("/api/notifications?unread=true").with(httpBasic("water01", "demo")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[?(@.caseNumber == '%s')].kind", caseNumber).value("UNIT_RED"));
    mvc.perform(post("/api/notifications/" + id + "/read").with(httpBasic("housing01", "demo")))
        .andExpect(status().isNotFound());
    mvc.perform(post("/api/notifications/" + id + "/read").with(httpBasic("water01", "demo")))
        .andExpect(status().isNoContent());

    mvc.perform(get("/api/notifications?unread=true").with(httpBasic("water01", "demo")))
        .andExpect(jsonPath("$[?(@.caseNumber == '%s')]", caseNumber).isEmpty());
    mvc.perform(get("/api/notifications?limit=0").with(httpBasic("water01", "demo")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("limit"))
        .andExpect(jsonPath("$.errors[0].messageZh").value("不能小于 1"));
  }

  @Test
  void unreadCountAndReadAll_coverTheCallersOwnNotifications() throws Exception {
    String caseNumber = "QY20260303-" + System.nanoTime() % 10_000;
    notifications.notifyUser("power01", "UNIT_YELLOW", caseNumber, "供电局办理明天到期");
    notifications.notifyGroup("dept-power", "UNIT_YELLOW", caseNumber, "供电局办理明天到期");

    mvc.perform(post("/api/notifications/read-all").with(httpBasic("power01", "demo")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.marked").value(org.hamcrest.Matchers.greaterThanOrEqualTo(2)));
    mvc.perform(get("/api/notifications/unread-count").with(httpBasic("power01", "demo")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.unread").value(0));

    notifications.notifyGroup("dept-power", "UNIT_RED", caseNumber, "供电局办理已超期");
    mvc.perform(get("/api/notifications/unread-count").with(httpBasic("power01", "demo")))
        .andExpect(jsonPath("$.unread").value(1));
  }

  @Test
  void deliveries_areForAdministratorsOnly_andTheStateIsChecked() throws Exception {
    mvc.perform(get("/api/notifications/deliveries?state=FAILED").with(httpBasic("zhangwei", "demo")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/notifications/deliveries?state=FAILED").with(httpBasic("admin", "demo")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$").isArray());
    mvc.perform(get("/api/notifications/deliveries?state=LOST").with(httpBasic("admin", "demo")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("state"))
        .andExpect(jsonPath("$.errors[0].messageZh").value("必须是以下之一：[PENDING, SENT, FAILED, GAVE_UP]"));
  }
}
