package org.steward.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.steward.EmbeddedPostgresConfiguration;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The calendar on PostgreSQL: the Flyway seed agrees with the official notices, and an administrator corrects 2027. */
@SpringBootTest(properties = "steward.demo.enabled=false")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(EmbeddedPostgresConfiguration.class)
@WithMockUser(username = "officer1", roles = "officers")
class CalendarIT {

  private final MockMvc mvc;
  private final ObjectMapper json;

  CalendarIT(@Autowired MockMvc mvc, @Autowired ObjectMapper json) {
    this.mvc = mvc;
    this.json = json;
  }

  @ParameterizedTest
  @CsvSource({
      "2026, " + OfficialHolidaySchedules.SOURCE_2026,
      "2025, " + OfficialHolidaySchedules.SOURCE_2025})
  void seededYear_equalsTheOfficialNotice(int year, String source) throws Exception {
    HolidaySchedule expected = year == 2026 ? OfficialHolidaySchedules.schedule2026()
        : OfficialHolidaySchedules.schedule2025();

    String body = mvc.perform(get("/api/calendar/years/{year}", year))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.source").value(source))
        .andExpect(jsonPath("$.updatedBy").value("flyway"))
        .andReturn().getResponse().getContentAsString();

    List<Map<String, Object>> days = json.convertValue(json.readTree(body).get("days"), new TypeReference<>() { });
    assertThat(days).containsExactlyInAnyOrderElementsOf(expected.days().stream()
        .map(d -> Map.<String, Object>of("date", d.date().toString(), "working", d.working(), "name", d.name()))
        .toList());
  }

  @ParameterizedTest(name = "{1} working day(s) after {0} is {2}")
  @CsvSource({
      "2025-12-31, 1, 2026-01-04",
      "2026-02-13, 1, 2026-02-14",
      "2026-02-13, 2, 2026-02-24",
      "2026-02-13, 6, 2026-02-28",
      "2026-04-03, 1, 2026-04-07",
      "2026-04-30, 1, 2026-05-06",
      "2026-04-30, 4, 2026-05-09",
      "2026-06-18, 1, 2026-06-22",
      "2026-09-18, 1, 2026-09-20",
      "2026-09-24, 1, 2026-09-28",
      "2026-09-30, 1, 2026-10-08",
      "2026-09-30, 3, 2026-10-10"})
  void seededCalendar_answersAcrossEvery2026Holiday(String from, int add, String expected) throws Exception {
    mvc.perform(get("/api/calendar/working-days").param("from", from).param("add", String.valueOf(add)))
        .andExpect(status().isOk())
        .andExpect(content().json("{\"date\":\"" + expected + "\"}", true));
    mvc.perform(get("/api/calendar/working-days").param("from", from).param("to", expected))
        .andExpect(status().isOk())
        .andExpect(content().json("{\"workingDays\":" + add + "}", true));
  }

  @Test
  void seededCalendar_counts248WorkingDaysIn2026() throws Exception {
    mvc.perform(get("/api/calendar/working-days").param("from", "2025-12-31").param("to", "2026-12-31"))
        .andExpect(content().json("{\"workingDays\":248}", true));
  }

  @Test
  @WithMockUser(username = "admin", roles = "camunda-admin")
  void administratorAddsThenCorrects2027() throws Exception {
    // no 2027 schedule yet: Friday 2027-01-01 counts as a working day
    mvc.perform(get("/api/calendar/working-days").param("from", "2026-12-31").param("add", "1"))
        .andExpect(content().json("{\"date\":\"2027-01-01\"}", true));

    // a first, wrong entry also takes Monday 1/4 off
    mvc.perform(put("/api/calendar/years/2027").with(csrf()).contentType(MediaType.APPLICATION_JSON).content("""
            {"source": "测试安排（有误）", "days": [
              {"date": "2027-01-01", "working": false, "name": "元旦"},
              {"date": "2027-01-02", "working": false, "name": "元旦"},
              {"date": "2027-01-03", "working": false, "name": "元旦"},
              {"date": "2027-01-04", "working": false, "name": "元旦"}]}"""))
        .andExpect(status().isOk());
    mvc.perform(get("/api/calendar/working-days").param("from", "2026-12-31").param("add", "1"))
        .andExpect(content().json("{\"date\":\"2027-01-05\"}", true));

    // the correction replaces every day of the year
    mvc.perform(put("/api/calendar/years/2027").with(csrf()).contentType(MediaType.APPLICATION_JSON).content("""
            {"source": "测试安排（已更正）", "days": [
              {"date": "2027-01-01", "working": false, "name": "元旦"},
              {"date": "2027-01-02", "working": false, "name": "元旦"},
              {"date": "2027-01-03", "working": false, "name": "元旦"}]}"""))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.days.length()").value(3));
    mvc.perform(get("/api/calendar/working-days").param("from", "2026-12-31").param("add", "1"))
        .andExpect(content().json("{\"date\":\"2027-01-04\"}", true));
    mvc.perform(get("/api/calendar/years"))
        .andExpect(jsonPath("$[?(@.year == 2027)].source").value(org.hamcrest.Matchers.hasItem("测试安排（已更正）")))
        .andExpect(jsonPath("$[?(@.year == 2027)].updatedBy").value(org.hamcrest.Matchers.hasItem("admin")));
  }
}
