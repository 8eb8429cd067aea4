package org.steward.directory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.steward.directory.DirectoryFixtures.department;
import static org.steward.directory.DirectoryFixtures.enterprise;
import static org.steward.directory.DirectoryFixtures.freshCreditCode;
import static org.steward.directory.DirectoryFixtures.freshId;
import static org.steward.directory.DirectoryFixtures.officer;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.steward.directory.Department;
import org.steward.directory.Departments;
import org.steward.directory.DirectoryManagement;
import org.steward.directory.Enterprise;
import org.steward.directory.Enterprises;
import org.steward.directory.Officer;
import org.steward.directory.Officers;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DirectoryControllerTests {

  @Autowired
  MockMvc mvc;

  @Autowired
  DirectoryManagement directory;
  @Autowired
  Departments departments;
  @Autowired
  Enterprises enterprises;
  @Autowired
  Officers officers;

  @Test
  @WithMockUser(username = "zhangsan", roles = "officers")
  void enterprises_answersIdNameCreditCodeAndOfficer() throws Exception {
    Officer officer = officer(officers, department(departments), null);
    Enterprise enterprise = enterprise(enterprises, officer);
    String mine = "$[?(@.id == " + enterprise.id() + ")]";

    mvc.perform(get("/api/directory/enterprises"))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
        .andExpect(jsonPath(mine + ".name", contains(enterprise.name())))
        .andExpect(jsonPath(mine + ".creditCode", contains(enterprise.creditCode())))
        .andExpect(jsonPath(mine + ".industry", contains("先进制造")))
        .andExpect(jsonPath(mine + ".tags[0]", contains("规上企业")))
        .andExpect(jsonPath(mine + ".officer.id", contains(officer.id())))
        .andExpect(jsonPath(mine + ".officer.name", contains(officer.name())));
  }

  @Test
  @WithMockUser(username = "admin", roles = "camunda-admin")
  void createOfficer_withBlankFields_answers400NamingEachField() throws Exception {
    mvc.perform(post("/api/directory/officers").with(csrf()).contentType(MediaType.APPLICATION_JSON)
            .content("""
                {"id": "%s", "name": " ", "departmentCode": "", "kind": "ENTERPRISE", "password": "demo"}
                """.formatted(freshId("o"))))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors", hasSize(2)))
        .andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.containsInAnyOrder("name", "departmentCode")))
        .andExpect(jsonPath("$.errors[0].messageZh").value("不能为空"));
  }

  @Test
  @WithMockUser(username = "admin", roles = "camunda-admin")
  void createOfficer_inUnknownDepartment_answers400WithChineseMessage_andCreatesNothing() throws Exception {
    String id = freshId("o");
    mvc.perform(post("/api/directory/officers").with(csrf()).contentType(MediaType.APPLICATION_JSON)
            .content("""
                {"id": "%s", "name": "王五", "departmentCode": "nosuchdept", "kind": "PROJECT", "password": "demo"}
                """.formatted(id)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type").value("urn:steward:problem:invalid-input"))
        .andExpect(jsonPath("$.errors[0].field").value("departmentCode"))
        .andExpect(jsonPath("$.errors[0].messageZh").value("部门“nosuchdept”不存在"));

    mvc.perform(get("/api/directory/officers/" + id)).andExpect(status().isNotFound());
  }

  @Test
  @WithMockUser(username = "admin", roles = "camunda-admin")
  void createOfficer_asAdmin_answers201() throws Exception {
    Department department = department(departments);
    String id = freshId("o");

    mvc.perform(post("/api/directory/officers").with(csrf()).contentType(MediaType.APPLICATION_JSON)
            .content("""
                {"id": "%s", "name": "赵六", "departmentCode": "%s", "kind": "PROJECT", "password": "demo"}
                """.formatted(id, department.code())))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.id").value(id))
        .andExpect(jsonPath("$.kind").value("PROJECT"))
        .andExpect(jsonPath("$.departmentCode").value(department.code()));
  }

  @Test
  @WithMockUser(username = "admin", roles = "camunda-admin")
  void createEnterprise_withWrongCheckCharacter_answers400OnCreditCode() throws Exception {
    String code = freshCreditCode();
    String wrong = code.substring(0, 17) + (code.endsWith("0") ? "1" : "0");

    mvc.perform(post("/api/directory/enterprises").with(csrf()).contentType(MediaType.APPLICATION_JSON)
            .content("""
                {"name": "广州某某测试有限公司", "creditCode": "%s"}
                """.formatted(wrong)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("creditCode"))
        .andExpect(jsonPath("$.errors[0].messageZh", containsString("校验码")));
  }

  @Test
  @WithMockUser(username = "admin", roles = "camunda-admin")
  void createEnterprise_withRegisteredCreditCode_answers409() throws Exception {
    Enterprise existing = enterprise(enterprises, null);

    mvc.perform(post("/api/directory/enterprises").with(csrf()).contentType(MediaType.APPLICATION_JSON)
            .content("""
                {"name": "广州某某重复有限公司", "creditCode": "%s"}
                """.formatted(existing.creditCode())))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value("urn:steward:problem:enterprise-exists"))
        .andExpect(jsonPath("$.titleZh").value("企业已登记"));
  }

  @Test
  @WithMockUser(username = "zhangsan", roles = "officers")
  void write_asOfficer_answers403() throws Exception {
    mvc.perform(post("/api/directory/departments").with(csrf()).contentType(MediaType.APPLICATION_JSON)
            .content("""
                {"code": "%s", "name": "无权局"}
                """.formatted(freshId("d"))))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.type").value("urn:steward:problem:forbidden"));
  }

  @Test
  @WithMockUser(username = "zhangsan", roles = "officers")
  void unknownEnterpriseOrOfficer_answers404() throws Exception {
    mvc.perform(get("/api/directory/enterprises/" + Long.MAX_VALUE))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.type").value("urn:steward:problem:not-found"));
    mvc.perform(get("/api/directory/enterprises/" + Long.MAX_VALUE + "/assignments"))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/directory/officers/nobodyhere")).andExpect(status().isNotFound());
  }

  @Test
  @WithMockUser(username = "admin", roles = "camunda-admin")
  void reassign_thenHistory_showsBothOfficers() throws Exception {
    Department department = department(departments);
    Officer first = officer(officers, department, null);
    Officer second = officer(officers, department, null);
    Enterprise enterprise = enterprise(enterprises, first);

    mvc.perform(put("/api/directory/enterprises/" + enterprise.id() + "/officer").with(csrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content("""
                {"officerId": "%s", "reason": "企业迁址"}
                """.formatted(second.id())))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.officer.id").value(second.id()))
        .andExpect(jsonPath("$.assignedBy").value("admin"));

    mvc.perform(get("/api/directory/enterprises/" + enterprise.id() + "/assignments"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[*].officer.id", contains(first.id(), second.id())))
        .andExpect(jsonPath("$[1].reason").value("企业迁址"))
        .andExpect(jsonPath("$[1].to").doesNotExist())
        .andExpect(jsonPath("$[0].to").isNotEmpty());
  }

  @Test
  void appointSupervisor_isForAdministrators_andMakesTheOfficerASupervisor() throws Exception {
    Officer officer = officer(officers, department(departments), null);

    mvc.perform(post("/api/directory/officers/" + officer.id() + "/supervisor")
            .with(user("zhangwei").roles("officers")).with(csrf()))
        .andExpect(status().isForbidden());
    mvc.perform(post("/api/directory/officers/" + officer.id() + "/supervisor")
            .with(user("admin").roles("camunda-admin")).with(csrf()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.supervisor").value(true));
    mvc.perform(post("/api/directory/officers/nobody/supervisor")
            .with(user("admin").roles("camunda-admin")).with(csrf()))
        .andExpect(status().isNotFound());
  }

  @Test
  @WithMockUser(username = "admin", roles = "camunda-admin")
  void handover_answersTheMovedEnterpriseIds() throws Exception {
    Department department = department(departments);
    Officer leaving = officer(officers, department, null);
    Officer successor = officer(officers, department, null);
    Enterprise a = enterprise(enterprises, leaving);
    Enterprise b = enterprise(enterprises, leaving);

    mvc.perform(post("/api/directory/officers/" + leaving.id() + "/handover").with(csrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content("""
                {"toOfficerId": "%s", "reason": "调离岗位"}
                """.formatted(successor.id())))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$", contains((int) a.id(), (int) b.id())));

    mvc.perform(get("/api/directory/officers/" + successor.id() + "/enterprises"))
        .andExpect(jsonPath("$[*].id", hasSize(2)));
  }

  @Test
  void enterpriseUser_readsOnlyItsOwnEnterprise() throws Exception {
    Enterprise own = enterprise(enterprises, null);
    Enterprise other = enterprise(enterprises, null);
    String login = freshId("e");
    enterprises.createEnterpriseLogin(own.id(), login, "secret");

    mvc.perform(get("/api/directory/enterprises/" + own.id()).with(user(login).roles("enterprises")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.creditCode").value(own.creditCode()));
    mvc.perform(get("/api/directory/enterprises/" + other.id()).with(user(login).roles("enterprises")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/directory/enterprises").with(user(login).roles("enterprises")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/directory/officers").with(user(login).roles("enterprises")))
        .andExpect(status().isForbidden());
  }

  @Test
  @WithMockUser(username = "zhangsan", roles = "officers")
  void departments_listsCreatedDepartment() throws Exception {
    Department department = department(departments);

    mvc.perform(get("/api/directory/departments"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[*].code", hasItem(department.code())));
  }

  @Test
  @WithMockUser(username = "admin", roles = "camunda-admin")
  void changeEmail_recordsTheAddress_refusesAMalformedOne_andChangesNothing() throws Exception {
    Officer officer = officer(officers, department(departments), null);

    mvc.perform(put("/api/directory/officers/" + officer.id() + "/email").with(csrf())
            .contentType(MediaType.APPLICATION_JSON).content("{\"email\": \"officer@steward.example.org\"}"))
        .andExpect(status().isNoContent());
    mvc.perform(put("/api/directory/officers/" + officer.id() + "/email").with(csrf())
            .contentType(MediaType.APPLICATION_JSON).content("{\"email\": \"not an address\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("email"))
        .andExpect(jsonPath("$.errors[0].messageZh").value("不是有效的电子邮件地址"));
    mvc.perform(put("/api/directory/officers/nobody" + officer.id() + "/email").with(csrf())
            .contentType(MediaType.APPLICATION_JSON).content("{\"email\": \"x@steward.example.org\"}"))
        .andExpect(status().isNotFound());

    assertThat(directory.emailOf(officer.id())).contains("officer@steward.example.org");
  }
}
