package org.steward.directory.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.steward.directory.DemoLogin;

class DemoOrganisationTests {

  private final List<DemoLogin> logins = new DemoOrganisation(null, null, null, null, null, null).logins();

  @Test
  void logins_haveUniqueCamundaUserIds() {
    assertThat(logins).extracting(DemoLogin::userId).doesNotHaveDuplicates()
        .allMatch(id -> id.matches("[a-z0-9]+"));
  }

  @Test
  void logins_coverEveryRole() {
    assertThat(logins).extracting(DemoLogin::role)
        .contains("联席会议办公室", "企业")
        .anyMatch(role -> role.startsWith("督办负责人"))
        .anyMatch(role -> role.startsWith("首席服务官"))
        .anyMatch(role -> role.startsWith("部门经办人"));
    assertThat(logins).filteredOn(login -> login.role().equals("企业")).hasSizeGreaterThanOrEqualTo(8);
  }
}
