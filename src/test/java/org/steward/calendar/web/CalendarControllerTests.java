package org.steward.calendar.web;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.steward.calendar.OfficialHolidaySchedules;

/** The calendar's REST API on the Flyway-seeded in-memory H2 database. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@WithMockUser(username = "officer1", roles = "officers")
class CalendarControllerTests {

  private final MockMvc mvc;

  CalendarControllerTests(@Autowired MockMvc mvc) {
    this.mvc = mvc;
  }

  @Test
  void addAcrossNationalDay_answersTheDate() throws Exception {
    mvc.perform(get("/api/calendar/working-days").param("from", "2026-09-30").param("add", "2"))
        .andExpect(status().isOk())
        .andExpect(content().json("{\"date\":\"2026-10-09\"}", true));
  }

  @Test
  void fromAndTo_answersTheWorkingDaysInBetween() throws Exception {
    mvc.perform(get("/api/calendar/working-days").param("from", "2026-09-30").param("to", "2026-10-10"))
        .andExpect(status().isOk())
        .andExpect(content().json("{\"workingDays\":3}", true));
  }

  @Test
  void addAndToTogether_answers400NamingTo() throws Exception {
    mvc.perform(get("/api/calendar/working-days").param("from", "2026-09-30").param("add", "1")
            .param("to", "2026-10-10"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("to"));
  }

  @Test
  void neitherAddNorTo_answers400NamingAdd() throws Exception {
    mvc.perform(get("/api/calendar/working-days").param("from", "2026-09-30"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("add"));
  }

  @Test
  void negativeAdd_answers400NamingAdd() throws Exception {
    mvc.perform(get("/api/calendar/working-days").param("from", "2026-09-30").param("add", "-1"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("add"));
  }

  @Test
  void badFrom_answers400NamingFrom() throws Exception {
    mvc.perform(get("/api/calendar/working-days").param("from", "2026-13-01").param("add", "1"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("from"));
  }

  @Test
  void missingFrom_answers400NamingFrom() throws Exception {
    mvc.perform(get("/api/calendar/working-days").param("add", "1"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("from"));
  }

  @Test
  void years_listsTheSeededSchedulesWithTheirSource() throws Exception {
    mvc.perform(get("/api/calendar/years"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[?(@.year == 2026)].source").value(hasItem(OfficialHolidaySchedules.SOURCE_2026)))
        .andExpect(jsonPath("$[?(@.year == 2025)].source").value(hasItem(OfficialHolidaySchedules.SOURCE_2025)));
  }

  @Test
  void year2026_listsItsDays() throws Exception {
    mvc.perform(get("/api/calendar/years/2026"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.year").value(2026))
        .andExpect(jsonPath("$.days", hasSize(39)))
        .andExpect(jsonPath("$.days[0].date").value("2026-01-01"))
        .andExpect(jsonPath("$.days[0].working").value(false))
        .andExpect(jsonPath("$.days[0].name").value("元旦"));
  }

  @Test
  void yearWithoutSchedule_answers404() throws Exception {
    mvc.perform(get("/api/calendar/years/2031"))
        .andExpect(status().isNotFound());
  }

  @Test
  @WithMockUser(username = "admin", roles = "camunda-admin")
  void administratorAddsAYear_andTheCalendarUsesIt() throws Exception {
    mvc.perform(put("/api/calendar/years/2030").with(csrf()).contentType(MediaType.APPLICATION_JSON).content("""
            {"source": "测试安排", "days": [
              {"date": "2030-01-01", "working": false, "name": "元旦"},
              {"date": "2030-01-05", "working": true, "name": "元旦调休上班"}]}"""))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.updatedBy").value("admin"))
        .andExpect(jsonPath("$.days", hasSize(2)));

    // 2029-12-31 is a Monday; 1/1 (Tue) off, Saturday 1/5 worked
    mvc.perform(get("/api/calendar/working-days").param("from", "2029-12-31").param("add", "4"))
        .andExpect(content().json("{\"date\":\"2030-01-05\"}", true));
  }

  @Test
  void plainUser_mayNotReplaceAYear() throws Exception {
    mvc.perform(put("/api/calendar/years/2032").with(csrf()).contentType(MediaType.APPLICATION_JSON).content("""
            {"source": "测试安排", "days": [{"date": "2032-01-01", "working": false, "name": "元旦"}]}"""))
        .andExpect(status().isForbidden());

    mvc.perform(get("/api/calendar/years/2032")).andExpect(status().isNotFound());
  }

  @Test
  @WithMockUser(username = "admin", roles = "camunda-admin")
  void brokenDays_answer400NamingEachField_andChangeNothing() throws Exception {
    mvc.perform(put("/api/calendar/years/2026").with(csrf()).contentType(MediaType.APPLICATION_JSON).content("""
            {"source": "改错了", "days": [
              {"date": "2026-01-01", "working": false, "name": "元旦"},
              {"date": "2026-01-02", "working": false, "name": ""},
              {"date": "2026-01-01", "working": false, "name": "元旦"},
              {"date": "2027-01-01", "working": false, "name": "元旦"}]}"""))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field").value(
            org.hamcrest.Matchers.contains("days[1].name", "days[2].date", "days[3].date")));

    mvc.perform(get("/api/calendar/years/2026"))
        .andExpect(jsonPath("$.source").value(OfficialHolidaySchedules.SOURCE_2026))
        .andExpect(jsonPath("$.days", hasSize(39)));
  }

  @Test
  @WithMockUser(username = "admin", roles = "camunda-admin")
  void missingWorkingFlag_answers400NamingIt() throws Exception {
    mvc.perform(put("/api/calendar/years/2033").with(csrf()).contentType(MediaType.APPLICATION_JSON).content("""
            {"source": "测试安排", "days": [{"date": "2033-01-01", "name": "元旦"}]}"""))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("days[0].working"));
  }

  @Test
  @WithMockUser(username = "admin", roles = "camunda-admin")
  void unreadableDate_answers400NamingIt() throws Exception {
    mvc.perform(put("/api/calendar/years/2033").with(csrf()).contentType(MediaType.APPLICATION_JSON).content("""
            {"source": "测试安排", "days": [
              {"date": "2033-01-01", "working": false, "name": "元旦"},
              {"date": "2033-02-30", "working": false, "name": "春节"}]}"""))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("days[1].date"));
  }
}
