package org.steward.request.web;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.steward.directory.DirectoryManagement;
import org.steward.request.RequestFixtures;

/**
 * Request categories as data over HTTP on H2 with the demo users (password {@code demo}): the eleven the database
 * starts with, in order; an administrator adds one, which enterprises may then choose; bad or taken codes and labels
 * are refused and change nothing; nobody else may add.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CategoryControllerTests {

  @Autowired
  MockMvc mvc;
  @Autowired
  DirectoryManagement directory;

  @Test
  void theElevenOfTheIssue_inOrder_withChineseLabels() throws Exception {
    mvc.perform(get("/api/requests/categories").with(httpBasic("ent01", "demo"))).andExpect(status().isOk())
        .andExpect(jsonPath("$[0].code").value("land")).andExpect(jsonPath("$[0].label").value("用地"))
        .andExpect(jsonPath("$[6].code").value("schooling")).andExpect(jsonPath("$[6].label").value("子女入学"))
        .andExpect(jsonPath("$[10].code").value("other"));
  }

  @Test
  void anAdministratorAddsACategory_thenAnEnterpriseSubmitsInIt() throws Exception {
    add("admin", "{\"code\": \"parking\", \"label\": \"停车配套\"}").andExpect(status().isCreated())
        .andExpect(jsonPath("$.code").value("parking")).andExpect(jsonPath("$.label").value("停车配套"));

    mvc.perform(get("/api/requests/categories").with(httpBasic("ent01", "demo")))
        .andExpect(jsonPath("$[*].code", hasItem("parking")));
    long ent01 = directory.enterpriseOfUser("ent01").orElseThrow().id();
    mvc.perform(post("/api/requests").with(httpBasic("ent01", "demo")).contentType(MediaType.APPLICATION_JSON)
            .content(RequestFixtures.body(ent01, "员工停车位不足").replace("\"land\"", "\"parking\"")))
        .andExpect(status().isCreated()).andExpect(jsonPath("$.categoryLabel").value("停车配套"));
  }

  @Test
  void badOrTakenCodesAndLabels_areRefused_andNobodyButAnAdministratorMayAdd() throws Exception {
    add("admin", "{\"code\": \"Bad Code\", \"label\": \" \"}").andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field", hasItem("code")))
        .andExpect(jsonPath("$.errors[*].field", hasItem("label")));
    add("admin", "{\"code\": \"land\", \"label\": \"新用地\"}").andExpect(status().isConflict());
    add("admin", "{\"code\": \"land2\", \"label\": \"用地\"}").andExpect(status().isConflict());
    add("chenjianguo", "{\"code\": \"noise\", \"label\": \"噪声投诉\"}").andExpect(status().isForbidden());
    add("ent01", "{\"code\": \"noise\", \"label\": \"噪声投诉\"}").andExpect(status().isForbidden());

    mvc.perform(get("/api/requests/categories").with(httpBasic("ent01", "demo")))
        .andExpect(jsonPath("$[*].code", not(hasItem("noise"))))
        .andExpect(jsonPath("$[*].code", not(hasItem("land2"))));
  }

  private ResultActions add(String user, String body) throws Exception {
    return mvc.perform(post("/api/requests/categories").with(httpBasic(user, "demo"))
        .contentType(MediaType.APPLICATION_JSON).content(body));
  }
}
