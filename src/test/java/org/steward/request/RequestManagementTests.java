package org.steward.request;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The small rules of the request API that need no database. */
class RequestManagementTests {

  @Test
  void departmentCodes_acceptLatinAndChineseSeparators_andIgnoreBlanks() {
    assertThat(RequestManagement.departmentCodes(" housing，economy、 hrss;water  power ,"))
        .containsExactly("housing", "economy", "hrss", "water", "power");
  }

  @Test
  void departmentCodes_ofNothing_isEmpty() {
    assertThat(RequestManagement.departmentCodes(null)).isEmpty();
    assertThat(RequestManagement.departmentCodes("  ")).isEmpty();
  }

  @Test
  void categories_areTheElevenOfTheIssue_inOrder_withChineseLabels() {
    assertThat(Category.values()).extracting(Category::code).containsExactly("land", "power", "water", "permits",
        "licences", "talent", "schooling", "finance", "policy", "transport", "other");
    assertThat(Category.ofCode("schooling")).contains(Category.SCHOOLING);
    assertThat(Category.SCHOOLING.label()).isEqualTo("子女入学");
    assertThat(Category.ofCode("moon")).isEmpty();
  }
}
